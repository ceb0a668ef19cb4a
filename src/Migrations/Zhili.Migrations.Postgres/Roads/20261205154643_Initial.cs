using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Roads
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "roads");

            migrationBuilder.CreateTable(
                name: "chiefs",
                schema: "roads",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    place = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chiefs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roads",
                schema: "roads",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "chief_terms",
                schema: "roads",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    chief_id = table.Column<int>(type: "integer", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    office_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: true),
                    appointed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chief_terms", x => x.id);
                    table.ForeignKey(
                        name: "FK_chief_terms_chiefs_chief_id",
                        column: x => x.chief_id,
                        principalSchema: "roads",
                        principalTable: "chiefs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "segments",
                schema: "roads",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    road_id = table.Column<int>(type: "integer", nullable: false),
                    district_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    area_class = table.Column<int>(type: "integer", nullable: false),
                    length_metres = table.Column<int>(type: "integer", nullable: false),
                    start_description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    end_description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start_latitude = table.Column<double>(type: "double precision", nullable: true),
                    start_longitude = table.Column<double>(type: "double precision", nullable: true),
                    end_latitude = table.Column<double>(type: "double precision", nullable: true),
                    end_longitude = table.Column<double>(type: "double precision", nullable: true),
                    retired_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_segments", x => x.id);
                    table.ForeignKey(
                        name: "FK_segments_roads_road_id",
                        column: x => x.road_id,
                        principalSchema: "roads",
                        principalTable: "roads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chief_terms_current_per_chief",
                schema: "roads",
                table: "chief_terms",
                column: "chief_id",
                unique: true,
                filter: "last_day IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_chiefs_level_place",
                schema: "roads",
                table: "chiefs",
                columns: new[] { "level", "place" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_chiefs_unit_code",
                schema: "roads",
                table: "chiefs",
                column: "unit_code");

            migrationBuilder.CreateIndex(
                name: "IX_roads_district_code_name",
                schema: "roads",
                table: "roads",
                columns: new[] { "district_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_segments_code",
                schema: "roads",
                table: "segments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_segments_district_code_unit_code",
                schema: "roads",
                table: "segments",
                columns: new[] { "district_code", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_segments_road_id",
                schema: "roads",
                table: "segments",
                column: "road_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chief_terms",
                schema: "roads");

            migrationBuilder.DropTable(
                name: "segments",
                schema: "roads");

            migrationBuilder.DropTable(
                name: "chiefs",
                schema: "roads");

            migrationBuilder.DropTable(
                name: "roads",
                schema: "roads");
        }
    }
}
