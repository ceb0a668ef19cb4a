using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class SupervisionForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "case_id",
                schema: "hotline",
                table: "supervisions",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "supervision_cases",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    level = table.Column<int>(type: "integer", nullable: false),
                    opened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_meetings",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    held_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    audio_video_recorded = table.Column<bool>(type: "boolean", nullable: false),
                    minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_meetings", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_meetings_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_notices",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    issuing_office = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    due_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requirements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    responsible_post = table.Column<int>(type: "integer", nullable: false),
                    responsible_person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    replied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    replied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reply_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    signed_by = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    @sealed = table.Column<bool>(name: "sealed", type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_notices_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_phone_calls",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    called_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    caller = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    agreed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_phone_calls", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_phone_calls_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_visits",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    visited_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    participants = table.Column<List<string>>(type: "text[]", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    agreed_actions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_visits_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_meeting_duties",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    duty = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    due_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_meeting_duties", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_meeting_duties_supervision_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_meeting_guests",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_meeting_guests", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_meeting_guests_supervision_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_listings",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    notice_id = table.Column<long>(type: "bigint", nullable: false),
                    listed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    listed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    written_off_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_listings", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_listings_supervision_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_supervision_listings_supervision_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "supervision_listing_steps",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    listing_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_listing_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_listing_steps_supervision_listings_listing_id",
                        column: x => x.listing_id,
                        principalSchema: "hotline",
                        principalTable: "supervision_listings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervisions_case_id",
                schema: "hotline",
                table: "supervisions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_cases_level_opened_at",
                schema: "hotline",
                table: "supervision_cases",
                columns: new[] { "level", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_listing_steps_listing_id",
                schema: "hotline",
                table: "supervision_listing_steps",
                column: "listing_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_listings_case_id",
                schema: "hotline",
                table: "supervision_listings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_listings_notice_id",
                schema: "hotline",
                table: "supervision_listings",
                column: "notice_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_listings_unit_code_state",
                schema: "hotline",
                table: "supervision_listings",
                columns: new[] { "unit_code", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_meeting_duties_meeting_id",
                schema: "hotline",
                table: "supervision_meeting_duties",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_meeting_duties_unit_code_due_at",
                schema: "hotline",
                table: "supervision_meeting_duties",
                columns: new[] { "unit_code", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_meeting_guests_meeting_id",
                schema: "hotline",
                table: "supervision_meeting_guests",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_meetings_case_id",
                schema: "hotline",
                table: "supervision_meetings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_case_id",
                schema: "hotline",
                table: "supervision_notices",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_number",
                schema: "hotline",
                table: "supervision_notices",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_unit_code_due_at",
                schema: "hotline",
                table: "supervision_notices",
                columns: new[] { "unit_code", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_year_sequence",
                schema: "hotline",
                table: "supervision_notices",
                columns: new[] { "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_phone_calls_case_id",
                schema: "hotline",
                table: "supervision_phone_calls",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_visits_case_id",
                schema: "hotline",
                table: "supervision_visits",
                column: "case_id");

            migrationBuilder.AddForeignKey(
                name: "FK_supervisions_supervision_cases_case_id",
                schema: "hotline",
                table: "supervisions",
                column: "case_id",
                principalSchema: "hotline",
                principalTable: "supervision_cases",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_supervisions_supervision_cases_case_id",
                schema: "hotline",
                table: "supervisions");

            migrationBuilder.DropTable(
                name: "supervision_listing_steps",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_meeting_duties",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_meeting_guests",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_phone_calls",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_visits",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_listings",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_meetings",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_notices",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervision_cases",
                schema: "hotline");

            migrationBuilder.DropIndex(
                name: "IX_supervisions_case_id",
                schema: "hotline",
                table: "supervisions");

            migrationBuilder.DropColumn(
                name: "case_id",
                schema: "hotline",
                table: "supervisions");
        }
    }
}
