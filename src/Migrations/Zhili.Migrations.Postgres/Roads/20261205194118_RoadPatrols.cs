using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Roads
{
    /// <inheritdoc />
    public partial class RoadPatrols : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patrols",
                schema: "roads",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    segment_id = table.Column<int>(type: "integer", nullable: false),
                    segment_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    chief_id = table.Column<int>(type: "integer", nullable: false),
                    term_id = table.Column<int>(type: "integer", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    has_photo = table.Column<bool>(type: "boolean", nullable: false),
                    logged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    logged_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patrols", x => x.id);
                    table.ForeignKey(
                        name: "FK_patrols_chief_terms_term_id",
                        column: x => x.term_id,
                        principalSchema: "roads",
                        principalTable: "chief_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_patrols_chiefs_chief_id",
                        column: x => x.chief_id,
                        principalSchema: "roads",
                        principalTable: "chiefs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_patrols_segments_segment_id",
                        column: x => x.segment_id,
                        principalSchema: "roads",
                        principalTable: "segments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patrol_photos",
                schema: "roads",
                columns: table => new
                {
                    patrol_id = table.Column<int>(type: "integer", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patrol_photos", x => x.patrol_id);
                    table.ForeignKey(
                        name: "FK_patrol_photos_patrols_patrol_id",
                        column: x => x.patrol_id,
                        principalSchema: "roads",
                        principalTable: "patrols",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patrols_chief_id",
                schema: "roads",
                table: "patrols",
                column: "chief_id");

            migrationBuilder.CreateIndex(
                name: "IX_patrols_segment_id_at",
                schema: "roads",
                table: "patrols",
                columns: new[] { "segment_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_patrols_term_id_day",
                schema: "roads",
                table: "patrols",
                columns: new[] { "term_id", "day" });

            migrationBuilder.CreateIndex(
                name: "IX_patrols_unit_code_at",
                schema: "roads",
                table: "patrols",
                columns: new[] { "unit_code", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patrol_photos",
                schema: "roads");

            migrationBuilder.DropTable(
                name: "patrols",
                schema: "roads");
        }
    }
}
