using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhili.Migrations.Sqlite.Kernel
{
    /// <inheritdoc />
    public partial class FreshStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_fresh_stamps",
                columns: table => new
                {
                    data_set = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_fresh_stamps", x => x.data_set);
                });

            migrationBuilder.InsertData(
                table: "kernel_fresh_stamps",
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
                name: "kernel_fresh_stamps");
        }
    }
}
