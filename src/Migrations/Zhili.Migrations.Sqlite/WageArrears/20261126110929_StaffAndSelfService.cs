using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.WageArrears
{
    /// <inheritdoc />
    public partial class StaffAndSelfService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                table: "wagearrears_parties",
                type: "TEXT",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 18);

            migrationBuilder.AddColumn<string>(
                name: "id_number",
                table: "wagearrears_parties",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "filed_online",
                table: "wagearrears_objections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                table: "wagearrears_edition_rows",
                type: "TEXT",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 18);

            migrationBuilder.AddColumn<string>(
                name: "id_number",
                table: "wagearrears_edition_rows",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "defence_filed_online",
                table: "wagearrears_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "wagearrears_access_codes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    used_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_access_codes", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_access_codes_wagearrears_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "wagearrears_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_due_notices",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    about_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    posted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_due_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_due_notices_wagearrears_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "wagearrears_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_lookup_stamp",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_lookup_stamp", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "wagearrears_lookup_stamp",
                columns: new[] { "id", "version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_parties_id_number",
                table: "wagearrears_parties",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_cases_expires_on",
                table: "wagearrears_cases",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_cases_listed_on",
                table: "wagearrears_cases",
                column: "listed_on");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_access_codes_case_id_purpose",
                table: "wagearrears_access_codes",
                columns: new[] { "case_id", "purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_access_codes_hash",
                table: "wagearrears_access_codes",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_due_notices_case_id_kind_about_day",
                table: "wagearrears_due_notices",
                columns: new[] { "case_id", "kind", "about_day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wagearrears_access_codes");

            migrationBuilder.DropTable(
                name: "wagearrears_due_notices");

            migrationBuilder.DropTable(
                name: "wagearrears_lookup_stamp");

            migrationBuilder.DropIndex(
                name: "IX_wagearrears_parties_id_number",
                table: "wagearrears_parties");

            migrationBuilder.DropIndex(
                name: "IX_wagearrears_cases_expires_on",
                table: "wagearrears_cases");

            migrationBuilder.DropIndex(
                name: "IX_wagearrears_cases_listed_on",
                table: "wagearrears_cases");

            migrationBuilder.DropColumn(
                name: "id_number",
                table: "wagearrears_parties");

            migrationBuilder.DropColumn(
                name: "filed_online",
                table: "wagearrears_objections");

            migrationBuilder.DropColumn(
                name: "id_number",
                table: "wagearrears_edition_rows");

            migrationBuilder.DropColumn(
                name: "defence_filed_online",
                table: "wagearrears_cases");

            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                table: "wagearrears_parties",
                type: "TEXT",
                maxLength: 18,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 18,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                table: "wagearrears_edition_rows",
                type: "TEXT",
                maxLength: 18,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 18,
                oldNullable: true);
        }
    }
}
