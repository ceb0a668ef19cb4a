using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class StreetStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "street_code",
                table: "hotline_appeals",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "hotline_street_assignments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    appeal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    district_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    assigned_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    instructions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    deadline_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    replied_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    replied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    returned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    sent_back_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_street_assignments", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_street_assignments_hotline_appeals_appeal_id",
                        column: x => x.appeal_id,
                        principalTable: "hotline_appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_street_code",
                table: "hotline_appeals",
                column: "street_code");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_street_assignments_appeal_id",
                table: "hotline_street_assignments",
                column: "appeal_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_street_assignments_unit_code_deadline_at",
                table: "hotline_street_assignments",
                columns: new[] { "unit_code", "deadline_at" });

            migrationBuilder.CreateIndex(
                name: "IX_street_assignments_open_per_appeal",
                table: "hotline_street_assignments",
                column: "appeal_id",
                unique: true,
                filter: "state IN (1, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_street_assignments");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_street_code",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "street_code",
                table: "hotline_appeals");
        }
    }
}
