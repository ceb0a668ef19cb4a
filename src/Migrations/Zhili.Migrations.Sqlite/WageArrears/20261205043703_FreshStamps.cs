using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.WageArrears
{
    /// <inheritdoc />
    public partial class FreshStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wagearrears_lookup_stamp");

            migrationBuilder.CreateTable(
                name: "wagearrears_fresh_stamps",
                columns: table => new
                {
                    data_set = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_fresh_stamps", x => x.data_set);
                });

            migrationBuilder.InsertData(
                table: "wagearrears_fresh_stamps",
                columns: new[] { "data_set", "version" },
                values: new object[] { "wagearrears.lookup", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wagearrears_fresh_stamps");

            migrationBuilder.CreateTable(
                name: "wagearrears_lookup_stamp",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_lookup_stamp", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "wagearrears_lookup_stamp",
                columns: new[] { "id", "version" },
                values: new object[] { 1, 0L });
        }
    }
}
