using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class Bulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_state_deadline_at",
                table: "hotline_appeals");

            migrationBuilder.CreateTable(
                name: "hotline_criticisms",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    ground = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    bulletin_period = table.Column<int>(type: "INTEGER", nullable: false),
                    bulletin_first = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    bulletin_label = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    sent_to = table.Column<string>(type: "TEXT", nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    explained_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    explained_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_criticisms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_discipline_referrals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    appeal_id = table.Column<long>(type: "INTEGER", nullable: true),
                    misconduct = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    referred_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    referred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_discipline_referrals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_interview_proposals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    criticism_ids = table.Column<string>(type: "TEXT", nullable: false),
                    raised_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    raised_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_interview_proposals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_deadline_at_unit_code_closed_at_extension_count_reopen_count",
                table: "hotline_appeals",
                columns: new[] { "deadline_at", "unit_code", "closed_at", "extension_count", "reopen_count" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_received_at_unit_code_type_resolved_at_first_contact_category_code_latitude_longitude",
                table: "hotline_appeals",
                columns: new[] { "received_at", "unit_code", "type", "resolved_at_first_contact", "category_code", "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_state_deadline_at_unit_code",
                table: "hotline_appeals",
                columns: new[] { "state", "deadline_at", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeal_events_kind_at_unit_code",
                table: "hotline_appeal_events",
                columns: new[] { "kind", "at", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_criticisms_issued_at",
                table: "hotline_criticisms",
                column: "issued_at");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_criticisms_unit_code_year_ordinal",
                table: "hotline_criticisms",
                columns: new[] { "unit_code", "year", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_discipline_referrals_referred_on",
                table: "hotline_discipline_referrals",
                column: "referred_on");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_interview_proposals_raised_at",
                table: "hotline_interview_proposals",
                column: "raised_at");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_interview_proposals_unit_code_year_state",
                table: "hotline_interview_proposals",
                columns: new[] { "unit_code", "year", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_criticisms");

            migrationBuilder.DropTable(
                name: "hotline_discipline_referrals");

            migrationBuilder.DropTable(
                name: "hotline_interview_proposals");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_deadline_at_unit_code_closed_at_extension_count_reopen_count",
                table: "hotline_appeals");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_received_at_unit_code_type_resolved_at_first_contact_category_code_latitude_longitude",
                table: "hotline_appeals");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_state_deadline_at_unit_code",
                table: "hotline_appeals");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeal_events_kind_at_unit_code",
                table: "hotline_appeal_events");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_state_deadline_at",
                table: "hotline_appeals",
                columns: new[] { "state", "deadline_at" });
        }
    }
}
