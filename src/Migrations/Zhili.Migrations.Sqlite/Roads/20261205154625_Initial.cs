using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Roads
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "roads_chiefs",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_chiefs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roads_roads",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    district_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_roads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roads_chief_terms",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    chief_id = table.Column<int>(type: "INTEGER", nullable: false),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    office_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    first_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    last_day = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    appointed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_chief_terms", x => x.id);
                    table.ForeignKey(
                        name: "FK_roads_chief_terms_roads_chiefs_chief_id",
                        column: x => x.chief_id,
                        principalTable: "roads_chiefs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "roads_segments",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    road_id = table.Column<int>(type: "INTEGER", nullable: false),
                    district_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    area_class = table.Column<int>(type: "INTEGER", nullable: false),
                    length_metres = table.Column<int>(type: "INTEGER", nullable: false),
                    start_description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    end_description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    start_latitude = table.Column<double>(type: "REAL", nullable: true),
                    start_longitude = table.Column<double>(type: "REAL", nullable: true),
                    end_latitude = table.Column<double>(type: "REAL", nullable: true),
                    end_longitude = table.Column<double>(type: "REAL", nullable: true),
                    retired_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads_segments", x => x.id);
                    table.ForeignKey(
                        name: "FK_roads_segments_roads_roads_road_id",
                        column: x => x.road_id,
                        principalTable: "roads_roads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chief_terms_current_per_chief",
                table: "roads_chief_terms",
                column: "chief_id",
                unique: true,
                filter: "last_day IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_roads_chiefs_level_place",
                table: "roads_chiefs",
                columns: new[] { "level", "place" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roads_chiefs_unit_code",
                table: "roads_chiefs",
                column: "unit_code");

            migrationBuilder.CreateIndex(
                name: "IX_roads_roads_district_code_name",
                table: "roads_roads",
                columns: new[] { "district_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roads_segments_code",
                table: "roads_segments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roads_segments_district_code_unit_code",
                table: "roads_segments",
                columns: new[] { "district_code", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_roads_segments_road_id",
                table: "roads_segments",
                column: "road_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roads_chief_terms");

            migrationBuilder.DropTable(
                name: "roads_segments");

            migrationBuilder.DropTable(
                name: "roads_chiefs");

            migrationBuilder.DropTable(
                name: "roads_roads");
        }
    }
}
