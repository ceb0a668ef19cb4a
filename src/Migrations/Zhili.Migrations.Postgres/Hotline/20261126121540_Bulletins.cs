using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class Bulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_state_deadline_at",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.CreateTable(
                name: "criticisms",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    ground = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    bulletin_period = table.Column<int>(type: "integer", nullable: false),
                    bulletin_first = table.Column<DateOnly>(type: "date", nullable: false),
                    bulletin_label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sent_to = table.Column<List<string>>(type: "text[]", nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    explained_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    explained_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_criticisms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "discipline_referrals",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    appeal_id = table.Column<long>(type: "bigint", nullable: true),
                    misconduct = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    referred_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discipline_referrals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "interview_proposals",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    criticism_ids = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    raised_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    raised_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interview_proposals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_deadline_at_unit_code_closed_at_extension_count_reo~",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "deadline_at", "unit_code", "closed_at", "extension_count", "reopen_count" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_received_at_unit_code_type_resolved_at_first_contac~",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "received_at", "unit_code", "type", "resolved_at_first_contact", "category_code", "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_state_deadline_at_unit_code",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "state", "deadline_at", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_appeal_events_kind_at_unit_code",
                schema: "hotline",
                table: "appeal_events",
                columns: new[] { "kind", "at", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_criticisms_issued_at",
                schema: "hotline",
                table: "criticisms",
                column: "issued_at");

            migrationBuilder.CreateIndex(
                name: "IX_criticisms_unit_code_year_ordinal",
                schema: "hotline",
                table: "criticisms",
                columns: new[] { "unit_code", "year", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discipline_referrals_referred_on",
                schema: "hotline",
                table: "discipline_referrals",
                column: "referred_on");

            migrationBuilder.CreateIndex(
                name: "IX_interview_proposals_raised_at",
                schema: "hotline",
                table: "interview_proposals",
                column: "raised_at");

            migrationBuilder.CreateIndex(
                name: "IX_interview_proposals_unit_code_year_state",
                schema: "hotline",
                table: "interview_proposals",
                columns: new[] { "unit_code", "year", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "criticisms",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "discipline_referrals",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "interview_proposals",
                schema: "hotline");

            migrationBuilder.DropIndex(
                name: "IX_appeals_deadline_at_unit_code_closed_at_extension_count_reo~",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "IX_appeals_received_at_unit_code_type_resolved_at_first_contac~",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "IX_appeals_state_deadline_at_unit_code",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "IX_appeal_events_kind_at_unit_code",
                schema: "hotline",
                table: "appeal_events");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_state_deadline_at",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "state", "deadline_at" });
        }
    }
}
