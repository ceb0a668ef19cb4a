using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class IntakeCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "id",
                schema: "hotline",
                table: "categories",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:IdentitySequenceOptions", "'1000', '1', '', '', 'False', '1'")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<DateTime>(
                name: "retired_at",
                schema: "hotline",
                table: "categories",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_key",
                schema: "hotline",
                table: "appeals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "knowledge_answer_id",
                schema: "hotline",
                table: "appeals",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "linked_at",
                schema: "hotline",
                table: "appeals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "primary_appeal_id",
                schema: "hotline",
                table: "appeals",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "resolved_at_first_contact",
                schema: "hotline",
                table: "appeals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "category_slas",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    category_id = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_category_slas", x => x.id);
                    table.ForeignKey(
                        name: "FK_category_slas_categories_category_id",
                        column: x => x.category_id,
                        principalSchema: "hotline",
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_answers",
                schema: "hotline",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    category_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    keywords = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_answers", x => x.id);
                });

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 1,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 2,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 3,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 4,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 5,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 6,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 7,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 8,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 9,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 10,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 11,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 12,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 13,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 14,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 15,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 16,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 17,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 18,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 19,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 20,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 21,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 22,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 23,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 24,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                schema: "hotline",
                table: "categories",
                keyColumn: "id",
                keyValue: 25,
                column: "retired_at",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_caller_phone_received_at",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "caller_phone", "received_at" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_category_code_received_at",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "category_code", "received_at" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_co_unit_codes",
                schema: "hotline",
                table: "appeals",
                column: "co_unit_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_primary_appeal_id",
                schema: "hotline",
                table: "appeals",
                column: "primary_appeal_id");

            migrationBuilder.CreateIndex(
                name: "IX_category_slas_category_id_type",
                schema: "hotline",
                table: "category_slas",
                columns: new[] { "category_id", "type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_answers_category_code",
                schema: "hotline",
                table: "knowledge_answers",
                column: "category_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "category_slas",
                schema: "hotline");

            migrationBuilder.DropTable(
                name: "knowledge_answers",
                schema: "hotline");

            migrationBuilder.DropIndex(
                name: "IX_appeals_caller_phone_received_at",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "IX_appeals_category_code_received_at",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "IX_appeals_co_unit_codes",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "IX_appeals_primary_appeal_id",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "retired_at",
                schema: "hotline",
                table: "categories");

            migrationBuilder.DropColumn(
                name: "address_key",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "knowledge_answer_id",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "linked_at",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "primary_appeal_id",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "resolved_at_first_contact",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.AlterColumn<int>(
                name: "id",
                schema: "hotline",
                table: "categories",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                .OldAnnotation("Npgsql:IdentitySequenceOptions", "'1000', '1', '', '', 'False', '1'")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
