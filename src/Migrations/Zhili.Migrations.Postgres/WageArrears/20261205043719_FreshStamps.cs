using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.WageArrears
{
    /// <inheritdoc />
    public partial class FreshStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lookup_stamp",
                schema: "wagearrears");

            migrationBuilder.CreateTable(
                name: "fresh_stamps",
                schema: "wagearrears",
                columns: table => new
                {
                    data_set = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fresh_stamps", x => x.data_set);
                });

            migrationBuilder.InsertData(
                schema: "wagearrears",
                table: "fresh_stamps",
                columns: new[] { "data_set", "version" },
                values: new object[] { "wagearrears.lookup", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fresh_stamps",
                schema: "wagearrears");

            migrationBuilder.CreateTable(
                name: "lookup_stamp",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lookup_stamp", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "wagearrears",
                table: "lookup_stamp",
                columns: new[] { "id", "version" },
                values: new object[] { 1, 0L });
        }
    }
}
