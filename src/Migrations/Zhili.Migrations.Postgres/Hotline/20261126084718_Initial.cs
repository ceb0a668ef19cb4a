using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "hotline");

            migrationBuilder.CreateTable(
                name: "appeals",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tracking_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    caller_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    caller_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    confidential = table.Column<bool>(type: "boolean", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    urgent = table.Column<bool>(type: "boolean", nullable: false),
                    category_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    co_unit_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    received_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    first_assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    deadline_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    deadline_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    returned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reassigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    first_replied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    replied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    callback_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    satisfaction = table.Column<int>(type: "integer", nullable: true),
                    reopened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closure_reason = table.Column<int>(type: "integer", nullable: true),
                    return_count = table.Column<int>(type: "integer", nullable: false),
                    reassign_count = table.Column<int>(type: "integer", nullable: false),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    extension_count = table.Column<int>(type: "integer", nullable: false),
                    supervision_level = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    default_unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    default_type = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_categories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "appeal_events",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    appeal_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeal_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_appeal_events_appeals_appeal_id",
                        column: x => x.appeal_id,
                        principalSchema: "hotline",
                        principalTable: "appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "extensions",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    appeal_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    deadline_before = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decision_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    new_deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    citizen_notified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    citizen_notice = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_extensions", x => x.id);
                    table.ForeignKey(
                        name: "FK_extensions_appeals_appeal_id",
                        column: x => x.appeal_id,
                        principalSchema: "hotline",
                        principalTable: "appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervisions",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    appeal_id = table.Column<long>(type: "bigint", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    opened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervisions_appeals_appeal_id",
                        column: x => x.appeal_id,
                        principalSchema: "hotline",
                        principalTable: "appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    supervision_id = table.Column<long>(type: "bigint", nullable: false),
                    from = table.Column<int>(type: "integer", nullable: false),
                    to = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => x.id);
                    table.ForeignKey(
                        name: "FK_escalations_supervisions_supervision_id",
                        column: x => x.supervision_id,
                        principalSchema: "hotline",
                        principalTable: "supervisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "hotline",
                table: "categories",
                columns: new[] { "id", "code", "default_type", "default_unit_code", "level", "name", "parent_code" },
                values: new object[,]
                {
                    { 1, "110000", null, null, 1, "城乡建设", null },
                    { 2, "110100", null, null, 2, "市容环境", "110000" },
                    { 3, "110101", 3, "410100-CGJ", 3, "占道经营", "110100" },
                    { 4, "110102", 2, "410100-CGJ", 3, "垃圾清运", "110100" },
                    { 5, "110200", null, null, 2, "市政设施", "110000" },
                    { 6, "110201", 2, "410100-CGJ", 3, "道路破损", "110200" },
                    { 7, "110202", 2, "410100-CGJ", 3, "路灯故障", "110200" },
                    { 8, "110300", null, null, 2, "供水排水", "110000" },
                    { 9, "110301", 2, "410100-SWJ", 3, "停水与水压", "110300" },
                    { 10, "110302", 2, "410100-SWJ", 3, "道路积水", "110300" },
                    { 11, "120000", null, null, 1, "劳动和社会保障", null },
                    { 12, "120100", null, null, 2, "劳动关系", "120000" },
                    { 13, "120101", 3, "410100-RSJ", 3, "拖欠工资", "120100" },
                    { 14, "120200", null, null, 2, "社会保险", "120000" },
                    { 15, "120201", 1, "410100-RSJ", 3, "社保政策咨询", "120200" },
                    { 16, "130000", null, null, 1, "生态环境", null },
                    { 17, "130100", null, null, 2, "环境污染", "130000" },
                    { 18, "130101", 3, "410100-HBJ", 3, "噪声扰民", "130100" },
                    { 19, "130102", 4, "410100-HBJ", 3, "大气污染", "130100" },
                    { 20, "140000", null, null, 1, "教育", null },
                    { 21, "140100", null, null, 2, "学校管理", "140000" },
                    { 22, "140101", 3, "410100-JYJ", 3, "校园周边安全", "140100" },
                    { 23, "150000", null, null, 1, "交通运输", null },
                    { 24, "150100", null, null, 2, "公共交通", "150000" },
                    { 25, "150101", 5, "410100-JTW", 3, "公交线路与站点", "150100" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeal_events_appeal_id",
                schema: "hotline",
                table: "appeal_events",
                column: "appeal_id");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_received_at",
                schema: "hotline",
                table: "appeals",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_state_deadline_at",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "state", "deadline_at" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_tracking_number",
                schema: "hotline",
                table: "appeals",
                column: "tracking_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_unit_code_state",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "unit_code", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_categories_code",
                schema: "hotline",
                table: "categories",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_escalations_supervision_id",
                schema: "hotline",
                table: "escalations",
                column: "supervision_id");

            migrationBuilder.CreateIndex(
                name: "IX_extensions_appeal_id",
                schema: "hotline",
                table: "extensions",
                column: "appeal_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervisions_appeal_id",
                schema: "hotline",
                table: "supervisions",
                column: "appeal_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeal_events",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "categories",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "escalations",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "extensions",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "supervisions",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "appeals",
                schema: "hotline");
        }
    }
}
