using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class IntakeCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "retired_at",
                table: "hotline_categories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_key",
                table: "hotline_appeals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "knowledge_answer_id",
                table: "hotline_appeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "linked_at",
                table: "hotline_appeals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "primary_appeal_id",
                table: "hotline_appeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "resolved_at_first_contact",
                table: "hotline_appeals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "hotline_category_slas",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    category_id = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_category_slas", x => x.id);
                    table.ForeignKey(
                        name: "FK_hotline_category_slas_hotline_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "hotline_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hotline_knowledge_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_knowledge_answers", x => x.id);
                });

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 1,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 2,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 3,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 4,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 5,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 6,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 7,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 8,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 9,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 10,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 11,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 12,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 13,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 14,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 15,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 16,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 17,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 18,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 19,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 20,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 21,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 22,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 23,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 24,
                column: "retired_at",
                value: null);

            migrationBuilder.UpdateData(
                table: "hotline_categories",
                keyColumn: "id",
                keyValue: 25,
                column: "retired_at",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_caller_phone_received_at",
                table: "hotline_appeals",
                columns: new[] { "caller_phone", "received_at" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_category_code_received_at",
                table: "hotline_appeals",
                columns: new[] { "category_code", "received_at" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_primary_appeal_id",
                table: "hotline_appeals",
                column: "primary_appeal_id");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_category_slas_category_id_type",
                table: "hotline_category_slas",
                columns: new[] { "category_id", "type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_knowledge_answers_category_code",
                table: "hotline_knowledge_answers",
                column: "category_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_category_slas");

            migrationBuilder.DropTable(
                name: "hotline_knowledge_answers");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_caller_phone_received_at",
                table: "hotline_appeals");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_category_code_received_at",
                table: "hotline_appeals");

            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_primary_appeal_id",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "retired_at",
                table: "hotline_categories");

            migrationBuilder.DropColumn(
                name: "address_key",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "knowledge_answer_id",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "linked_at",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "primary_appeal_id",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "resolved_at_first_contact",
                table: "hotline_appeals");
        }
    }
}
