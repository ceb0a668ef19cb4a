using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Kernel
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_calendar_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "kernel_units",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    block_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    in_urban_scope = table.Column<bool>(type: "INTEGER", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    seeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_units", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_units_parent_code",
                table: "kernel_units",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_units_parent_code_name",
                table: "kernel_units",
                columns: new[] { "parent_code", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kernel_calendar_years");

            migrationBuilder.DropTable(
                name: "kernel_units");
        }
    }
}
