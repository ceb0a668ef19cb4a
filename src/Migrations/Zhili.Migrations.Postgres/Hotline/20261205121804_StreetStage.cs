using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class StreetStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "street_code",
                schema: "hotline",
                table: "appeals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "street_assignments",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    appeal_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    district_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    instructions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    deadline_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    replied_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    replied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    returned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    sent_back_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_street_assignments", x => x.id);
                    table.ForeignKey(
                        name: "FK_street_assignments_appeals_appeal_id",
                        column: x => x.appeal_id,
                        principalSchema: "hotline",
                        principalTable: "appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_street_code",
                schema: "hotline",
                table: "appeals",
                column: "street_code");

            migrationBuilder.CreateIndex(
                name: "IX_street_assignments_appeal_id",
                schema: "hotline",
                table: "street_assignments",
                column: "appeal_id");

            migrationBuilder.CreateIndex(
                name: "IX_street_assignments_open_per_appeal",
                schema: "hotline",
                table: "street_assignments",
                column: "appeal_id",
                unique: true,
                filter: "state IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "IX_street_assignments_unit_code_deadline_at",
                schema: "hotline",
                table: "street_assignments",
                columns: new[] { "unit_code", "deadline_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "street_assignments",
                schema: "hotline");

            migrationBuilder.DropIndex(
                name: "IX_appeals_street_code",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "street_code",
                schema: "hotline",
                table: "appeals");
        }
    }
}
