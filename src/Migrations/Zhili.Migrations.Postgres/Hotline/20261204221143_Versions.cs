using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class Versions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "hotline",
                table: "supervision_cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "hotline",
                table: "knowledge_answers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "hotline",
                table: "interview_proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "hotline",
                table: "criticisms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "hotline",
                table: "categories",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "hotline",
                table: "appeals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 1,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 2,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 3,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 4,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 5,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 6,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 7,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 8,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 9,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 10,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 11,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 12,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 13,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 14,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 15,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 16,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 17,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 18,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 19,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 20,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 21,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 22,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 23,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 24,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 25,
                column: "version",
                value: 0);

            migrationBuilder.CreateIndex(
                name: "IX_supervisions_open_per_appeal",
                schema: "hotline",
                table: "supervisions",
                column: "appeal_id",
                unique: true,
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_listings_open_per_case",
                schema: "hotline",
                table: "supervision_listings",
                column: "case_id",
                unique: true,
                filter: "state <> 4");

            migrationBuilder.CreateIndex(
                name: "IX_interview_proposals_waiting_per_unit",
                schema: "hotline",
                table: "interview_proposals",
                columns: new[] { "unit_code", "year" },
                unique: true,
                filter: "state = 1 AND raised_by = 'system'");

            migrationBuilder.CreateIndex(
                name: "IX_extensions_pending_per_appeal",
                schema: "hotline",
                table: "extensions",
                column: "appeal_id",
                unique: true,
                filter: "state = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_supervisions_open_per_appeal",
                schema: "hotline",
                table: "supervisions");

            migrationBuilder.DropIndex(
                name: "IX_supervision_listings_open_per_case",
                schema: "hotline",
                table: "supervision_listings");

            migrationBuilder.DropIndex(
                name: "IX_interview_proposals_waiting_per_unit",
                schema: "hotline",
                table: "interview_proposals");

            migrationBuilder.DropIndex(
                name: "IX_extensions_pending_per_appeal",
                schema: "hotline",
                table: "extensions");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "hotline",
                table: "supervision_cases");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "hotline",
                table: "knowledge_answers");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "hotline",
                table: "interview_proposals");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "hotline",
                table: "criticisms");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "hotline",
                table: "categories");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "hotline",
                table: "appeals");
        }
    }
}
