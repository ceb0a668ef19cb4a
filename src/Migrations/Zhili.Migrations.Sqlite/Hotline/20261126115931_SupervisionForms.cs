using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class SupervisionForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "case_id",
                table: "hotline_supervisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "hotline_supervision_cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    opened_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_meetings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    held_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    unit_codes = table.Column<string>(type: "TEXT", nullable: false),
                    audio_video_recorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_meetings", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_meetings_hotline_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "hotline_supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_notices",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    issuing_office = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    requirements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    responsible_post = table.Column<int>(type: "INTEGER", nullable: false),
                    responsible_person = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    replied_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    replied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reply_text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    signed_by = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    @sealed = table.Column<bool>(name: "sealed", type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_notices_hotline_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "hotline_supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_phone_calls",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    called_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    caller = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    agreed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_phone_calls", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_phone_calls_hotline_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "hotline_supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_visits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    visited_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    participants = table.Column<string>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    agreed_actions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_visits_hotline_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "hotline_supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_meeting_duties",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    meeting_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    duty = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_meeting_duties", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_meeting_duties_hotline_supervision_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "hotline_supervision_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_meeting_guests",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    meeting_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_meeting_guests", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_meeting_guests_hotline_supervision_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "hotline_supervision_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_listings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    notice_id = table.Column<long>(type: "INTEGER", nullable: false),
                    listed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    listed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    written_off_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_listings", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_listings_hotline_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "hotline_supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_listings_hotline_supervision_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "hotline_supervision_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hotline_supervision_listing_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    listing_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_supervision_listing_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_supervision_listing_steps_hotline_supervision_listings_listing_id",
                        column: x => x.listing_id,
                        principalTable: "hotline_supervision_listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervisions_case_id",
                table: "hotline_supervisions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_cases_level_opened_at",
                table: "hotline_supervision_cases",
                columns: new[] { "level", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_listing_steps_listing_id",
                table: "hotline_supervision_listing_steps",
                column: "listing_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_listings_case_id",
                table: "hotline_supervision_listings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_listings_notice_id",
                table: "hotline_supervision_listings",
                column: "notice_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_listings_unit_code_state",
                table: "hotline_supervision_listings",
                columns: new[] { "unit_code", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_meeting_duties_meeting_id",
                table: "hotline_supervision_meeting_duties",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_meeting_duties_unit_code_due_at",
                table: "hotline_supervision_meeting_duties",
                columns: new[] { "unit_code", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_meeting_guests_meeting_id",
                table: "hotline_supervision_meeting_guests",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_meetings_case_id",
                table: "hotline_supervision_meetings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_notices_case_id",
                table: "hotline_supervision_notices",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_notices_number",
                table: "hotline_supervision_notices",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_notices_unit_code_due_at",
                table: "hotline_supervision_notices",
                columns: new[] { "unit_code", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_notices_year_sequence",
                table: "hotline_supervision_notices",
                columns: new[] { "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_phone_calls_case_id",
                table: "hotline_supervision_phone_calls",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_supervision_visits_case_id",
                table: "hotline_supervision_visits",
                column: "case_id");

            migrationBuilder.AddForeignKey(
                name: "FK_hotline_supervisions_hotline_supervision_cases_case_id",
                table: "hotline_supervisions",
                column: "case_id",
                principalTable: "hotline_supervision_cases",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_hotline_supervisions_hotline_supervision_cases_case_id",
                table: "hotline_supervisions");

            migrationBuilder.DropTable(
                name: "hotline_supervision_listing_steps");

            migrationBuilder.DropTable(
                name: "hotline_supervision_meeting_duties");

            migrationBuilder.DropTable(
                name: "hotline_supervision_meeting_guests");

            migrationBuilder.DropTable(
                name: "hotline_supervision_phone_calls");

            migrationBuilder.DropTable(
                name: "hotline_supervision_visits");

            migrationBuilder.DropTable(
                name: "hotline_supervision_listings");

            migrationBuilder.DropTable(
                name: "hotline_supervision_meetings");

            migrationBuilder.DropTable(
                name: "hotline_supervision_notices");

            migrationBuilder.DropTable(
                name: "hotline_supervision_cases");

            migrationBuilder.DropIndex(
                name: "IX_hotline_supervisions_case_id",
                table: "hotline_supervisions");

            migrationBuilder.DropColumn(
                name: "case_id",
                table: "hotline_supervisions");
        }
    }
}
