using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "kernel");

            migrationBuilder.CreateTable(
                name: "calendar_years",
                schema: "kernel",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "units",
                schema: "kernel",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    block_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    in_urban_scope = table.Column<bool>(type: "boolean", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    seeded = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_units_parent_code",
                schema: "kernel",
                table: "units",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "IX_units_parent_code_name",
                schema: "kernel",
                table: "units",
                columns: new[] { "parent_code", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_years",
                schema: "kernel");

            migrationBuilder.DropTable(
                name: "units",
                schema: "kernel");
        }
    }
}
