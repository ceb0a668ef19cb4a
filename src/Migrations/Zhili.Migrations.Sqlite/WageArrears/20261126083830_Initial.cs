using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.WageArrears
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wagearrears_cases",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    grounds = table.Column<int>(type: "INTEGER", nullable: false),
                    listing_due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    listing_due_rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    notice_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    defence_due_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    defence_due_rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    defence_filed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    defence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    listed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_relisting = table.Column<bool>(type: "INTEGER", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    extensions = table.Column<int>(type: "INTEGER", nullable: false),
                    corrected_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    removal_due_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    removal_due_rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    removed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    fix_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    fixed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_editions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    frozen_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_acknowledgements",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    acknowledged_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    acknowledged_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_acknowledgements", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_acknowledgements_wagearrears_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "wagearrears_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_objections",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_objections", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_objections_wagearrears_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "wagearrears_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_parties",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    registered_outside_city = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_parties", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_parties_wagearrears_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "wagearrears_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_edition_rows",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    edition_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    employer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    other_responsible_persons = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    listed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    redress = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    deciding_authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_edition_rows", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_edition_rows_wagearrears_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "wagearrears_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wagearrears_persons",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    party_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wagearrears_persons", x => x.id);
                    table.ForeignKey(
                        name: "FK_wagearrears_persons_wagearrears_parties_party_id",
                        column: x => x.party_id,
                        principalTable: "wagearrears_parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_acknowledgements_case_id",
                table: "wagearrears_acknowledgements",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_cases_unit_code",
                table: "wagearrears_cases",
                column: "unit_code");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_edition_rows_credit_code",
                table: "wagearrears_edition_rows",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_edition_rows_edition_id",
                table: "wagearrears_edition_rows",
                column: "edition_id");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_editions_year_quarter",
                table: "wagearrears_editions",
                columns: new[] { "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_objections_case_id",
                table: "wagearrears_objections",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_parties_case_id",
                table: "wagearrears_parties",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_parties_credit_code",
                table: "wagearrears_parties",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "IX_wagearrears_persons_party_id",
                table: "wagearrears_persons",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wagearrears_acknowledgements");

            migrationBuilder.DropTable(
                name: "wagearrears_edition_rows");

            migrationBuilder.DropTable(
                name: "wagearrears_objections");

            migrationBuilder.DropTable(
                name: "wagearrears_persons");

            migrationBuilder.DropTable(
                name: "wagearrears_editions");

            migrationBuilder.DropTable(
                name: "wagearrears_parties");

            migrationBuilder.DropTable(
                name: "wagearrears_cases");
        }
    }
}
