using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class Versions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hotline_supervision_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hotline_knowledge_answers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hotline_interview_proposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hotline_criticisms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hotline_categories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "hotline_appeals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 1,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 2,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 3,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 4,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 5,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 6,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 7,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 8,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 9,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 10,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 11,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 12,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 13,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 14,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 15,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 16,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 17,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 18,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 19,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 20,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 21,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 22,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 23,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 24,
                column: "version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 25,
                column: "version",
                value: 0);

            migrationBuilder.CreateIndex(
                name: "IX_supervisions_open_per_appeal",
                table: "hotline_supervisions",
                column: "appeal_id",
                unique: true,
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_listings_open_per_case",
                table: "hotline_supervision_listings",
                column: "case_id",
                unique: true,
                filter: "state <> 4");

            migrationBuilder.CreateIndex(
                name: "IX_interview_proposals_waiting_per_unit",
                table: "hotline_interview_proposals",
                columns: new[] { "unit_code", "year" },
                unique: true,
                filter: "state = 1 AND raised_by = 'system'");

            migrationBuilder.CreateIndex(
                name: "IX_extensions_pending_per_appeal",
                table: "hotline_extensions",
                column: "appeal_id",
                unique: true,
                filter: "state = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_supervisions_open_per_appeal",
                table: "hotline_supervisions");

            migrationBuilder.DropIndex(
                name: "IX_supervision_listings_open_per_case",
                table: "hotline_supervision_listings");

            migrationBuilder.DropIndex(
                name: "IX_interview_proposals_waiting_per_unit",
                table: "hotline_interview_proposals");

            migrationBuilder.DropIndex(
                name: "IX_extensions_pending_per_appeal",
                table: "hotline_extensions");

            migrationBuilder.DropColumn(
                name: "version",
                table: "hotline_supervision_cases");

            migrationBuilder.DropColumn(
                name: "version",
                table: "hotline_knowledge_answers");

            migrationBuilder.DropColumn(
                name: "version",
                table: "hotline_interview_proposals");

            migrationBuilder.DropColumn(
                name: "version",
                table: "hotline_criticisms");

            migrationBuilder.DropColumn(
                name: "version",
                table: "hotline_categories");

            migrationBuilder.DropColumn(
                name: "version",
                table: "hotline_appeals");
        }
    }
}
