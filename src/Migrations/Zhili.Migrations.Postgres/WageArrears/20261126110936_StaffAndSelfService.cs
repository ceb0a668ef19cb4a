using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.WageArrears
{
    /// <inheritdoc />
    public partial class StaffAndSelfService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                schema: "wagearrears",
                table: "parties",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18);

            migrationBuilder.AddColumn<string>(
                name: "id_number",
                schema: "wagearrears",
                table: "parties",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "filed_online",
                schema: "wagearrears",
                table: "objections",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                schema: "wagearrears",
                table: "edition_rows",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18);

            migrationBuilder.AddColumn<string>(
                name: "id_number",
                schema: "wagearrears",
                table: "edition_rows",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "defence_filed_online",
                schema: "wagearrears",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "access_codes",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_codes", x => x.id);
                    table.ForeignKey(
                        name: "FK_access_codes_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "wagearrears",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "due_notices",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    about_day = table.Column<DateOnly>(type: "date", nullable: false),
                    posted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_due_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_due_notices_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "wagearrears",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lookup_stamp",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lookup_stamp", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "wagearrears",
                table: "lookup_stamp",
                columns: new[] { "id", "version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_parties_id_number",
                schema: "wagearrears",
                table: "parties",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_cases_expires_on",
                schema: "wagearrears",
                table: "cases",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "IX_cases_listed_on",
                schema: "wagearrears",
                table: "cases",
                column: "listed_on");

            migrationBuilder.CreateIndex(
                name: "IX_access_codes_case_id_purpose",
                schema: "wagearrears",
                table: "access_codes",
                columns: new[] { "case_id", "purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_codes_hash",
                schema: "wagearrears",
                table: "access_codes",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_due_notices_case_id_kind_about_day",
                schema: "wagearrears",
                table: "due_notices",
                columns: new[] { "case_id", "kind", "about_day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_codes",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "due_notices",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "lookup_stamp",
                schema: "wagearrears");

            migrationBuilder.DropIndex(
                name: "IX_parties_id_number",
                schema: "wagearrears",
                table: "parties");

            migrationBuilder.DropIndex(
                name: "IX_cases_expires_on",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_listed_on",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "id_number",
                schema: "wagearrears",
                table: "parties");

            migrationBuilder.DropColumn(
                name: "filed_online",
                schema: "wagearrears",
                table: "objections");

            migrationBuilder.DropColumn(
                name: "id_number",
                schema: "wagearrears",
                table: "edition_rows");

            migrationBuilder.DropColumn(
                name: "defence_filed_online",
                schema: "wagearrears",
                table: "cases");

            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                schema: "wagearrears",
                table: "parties",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "credit_code",
                schema: "wagearrears",
                table: "edition_rows",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18,
                oldNullable: true);
        }
    }
}
