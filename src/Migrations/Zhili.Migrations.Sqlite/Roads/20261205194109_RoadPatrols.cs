using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Roads
{
    /// <inheritdoc />
    public partial class RoadPatrols : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "roads_patrols",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    segment_id = table.Column<int>(type: "INTEGER", nullable: false),
                    segment_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    chief_id = table.Column<int>(type: "INTEGER", nullable: false),
                    term_id = table.Column<int>(type: "INTEGER", nullable: false),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    has_photo = table.Column<bool>(type: "INTEGER", nullable: false),
                    logged_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    logged_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_patrols", x => x.id);
                    table.ForeignKey(
                        name: "FK_roads_patrols_roads_chief_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "roads_chief_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roads_patrols_roads_chiefs_chief_id",
                        column: x => x.chief_id,
                        principalTable: "roads_chiefs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roads_patrols_roads_segments_segment_id",
                        column: x => x.segment_id,
                        principalTable: "roads_segments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roads_patrol_photos",
                columns: table => new
                {
                    patrol_id = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_patrol_photos", x => x.patrol_id);
                    table.ForeignKey(
                        name: "FK_roads_patrol_photos_roads_patrols_patrol_id",
                        column: x => x.patrol_id,
                        principalTable: "roads_patrols",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_roads_patrols_chief_id",
                table: "roads_patrols",
                column: "chief_id");

            migrationBuilder.CreateIndex(
                name: "IX_roads_patrols_segment_id_at",
                table: "roads_patrols",
                columns: new[] { "segment_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_roads_patrols_term_id_day",
                table: "roads_patrols",
                columns: new[] { "term_id", "day" });

            migrationBuilder.CreateIndex(
                name: "IX_roads_patrols_unit_code_at",
                table: "roads_patrols",
                columns: new[] { "unit_code", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roads_patrol_photos");

            migrationBuilder.DropTable(
                name: "roads_patrols");
        }
    }
}
