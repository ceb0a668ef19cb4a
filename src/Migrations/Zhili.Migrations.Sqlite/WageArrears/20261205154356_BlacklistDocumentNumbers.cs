using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.WageArrears
{
    /// <inheritdoc />
    public partial class BlacklistDocumentNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "listing_number",
                table: "wagearrears_cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "notice_issued_on",
                table: "wagearrears_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notice_number",
                table: "wagearrears_cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "wagearrears_document_serials",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_document_serials", x => new { x.unit_code, x.kind, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_cases_listing_number",
                table: "wagearrears_cases",
                column: "listing_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_cases_notice_number",
                table: "wagearrears_cases",
                column: "notice_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wagearrears_document_serials");

            migrationBuilder.DropIndex(
                name: "IX_wagearrears_cases_listing_number",
                table: "wagearrears_cases");

            migrationBuilder.DropIndex(
                name: "IX_wagearrears_cases_notice_number",
                table: "wagearrears_cases");

            migrationBuilder.DropColumn(
                name: "listing_number",
                table: "wagearrears_cases");

            migrationBuilder.DropColumn(
                name: "notice_issued_on",
                table: "wagearrears_cases");

            migrationBuilder.DropColumn(
                name: "notice_number",
                table: "wagearrears_cases");
        }
    }
}
