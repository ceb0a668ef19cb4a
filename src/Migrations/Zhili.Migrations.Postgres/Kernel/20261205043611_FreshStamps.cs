using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhili.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class FreshStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fresh_stamps",
                schema: "kernel",
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
                schema: "kernel",
                table: "fresh_stamps",
                columns: new[] { "data_set", "version" },
                values: new object[,]
                {
                    { "kernel.calendar", 0L },
                    { "kernel.units", 0L }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fresh_stamps",
                schema: "kernel");
        }
    }
}
