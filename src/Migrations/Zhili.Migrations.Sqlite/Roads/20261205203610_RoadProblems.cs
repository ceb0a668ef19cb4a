using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Roads
{
    /// <inheritdoc />
    public partial class RoadProblems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "roads_problems",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    segment_id = table.Column<int>(type: "INTEGER", nullable: false),
                    segment_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    district_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    reported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    stage = table.Column<int>(type: "INTEGER", nullable: false),
                    found_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    filed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deadline_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deadline_rule = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    handled_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    rechecked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    escalated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reworks = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_problems", x => x.id);
                    table.ForeignKey(
                        name: "FK_roads_problems_roads_segments_segment_id",
                        column: x => x.segment_id,
                        principalTable: "roads_segments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roads_problem_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    problem_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_problem_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_roads_problem_events_roads_problems_problem_id",
                        column: x => x.problem_id,
                        principalTable: "roads_problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "roads_problem_photos",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    problem_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_problem_photos", x => x.id);
                    table.ForeignKey(
                        name: "FK_roads_problem_photos_roads_problems_problem_id",
                        column: x => x.problem_id,
                        principalTable: "roads_problems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_roads_problem_events_problem_id",
                table: "roads_problem_events",
                column: "problem_id");

            migrationBuilder.CreateIndex(
                name: "IX_roads_problem_photos_problem_id",
                table: "roads_problem_photos",
                column: "problem_id");

            migrationBuilder.CreateIndex(
                name: "IX_roads_problems_district_code_unit_code",
                table: "roads_problems",
                columns: new[] { "district_code", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_roads_problems_segment_id_found_at",
                table: "roads_problems",
                columns: new[] { "segment_id", "found_at" });

            migrationBuilder.CreateIndex(
                name: "IX_roads_problems_stage",
                table: "roads_problems",
                column: "stage");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roads_problem_events");

            migrationBuilder.DropTable(
                name: "roads_problem_photos");

            migrationBuilder.DropTable(
                name: "roads_problems");
        }
    }
}
