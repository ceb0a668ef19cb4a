using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.WageArrears
{
    /// <inheritdoc />
    public partial class BlacklistDocumentNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "listing_number",
                schema: "wagearrears",
                table: "cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "notice_issued_on",
                schema: "wagearrears",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notice_number",
                schema: "wagearrears",
                table: "cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "document_serials",
                schema: "wagearrears",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_serials", x => new { x.unit_code, x.kind, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_listing_number",
                schema: "wagearrears",
                table: "cases",
                column: "listing_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_notice_number",
                schema: "wagearrears",
                table: "cases",
                column: "notice_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_serials",
                schema: "wagearrears");

            migrationBuilder.DropIndex(
                name: "IX_cases_listing_number",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_notice_number",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "listing_number",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "notice_issued_on",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "notice_number",
                schema: "wagearrears",
                table: "cases");
        }
    }
}
