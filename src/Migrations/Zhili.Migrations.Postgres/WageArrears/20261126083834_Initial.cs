using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.WageArrears
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "wagearrears");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    grounds = table.Column<int>(type: "integer", nullable: false),
                    listing_due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    listing_due_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    notice_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    defence_due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    defence_due_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    defence_filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    defence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    listed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_relisting = table.Column<bool>(type: "boolean", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    extensions = table.Column<int>(type: "integer", nullable: false),
                    corrected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    removal_due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    removal_due_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    removed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    fix_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    fixed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "editions",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    frozen_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "acknowledgements",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    acknowledged_on = table.Column<DateOnly>(type: "date", nullable: false),
                    acknowledged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acknowledgements", x => x.id);
                    table.ForeignKey(
                        name: "FK_acknowledgements_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "wagearrears",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "objections",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    due_rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    extended = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<int>(type: "integer", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objections", x => x.id);
                    table.ForeignKey(
                        name: "FK_objections_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "wagearrears",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "parties",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    registered_outside_city = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parties", x => x.id);
                    table.ForeignKey(
                        name: "FK_parties_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "wagearrears",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "edition_rows",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    employer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    legal_representative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    other_responsible_persons = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    listed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grounds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    redress = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    deciding_authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edition_rows", x => x.id);
                    table.ForeignKey(
                        name: "FK_edition_rows_editions_edition_id",
                        column: x => x.edition_id,
                        principalSchema: "wagearrears",
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                schema: "wagearrears",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    party_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persons", x => x.id);
                    table.ForeignKey(
                        name: "FK_persons_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "wagearrears",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_acknowledgements_case_id",
                schema: "wagearrears",
                table: "acknowledgements",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_unit_code",
                schema: "wagearrears",
                table: "cases",
                column: "unit_code");

            migrationBuilder.CreateIndex(
                name: "IX_edition_rows_credit_code",
                schema: "wagearrears",
                table: "edition_rows",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "IX_edition_rows_edition_id",
                schema: "wagearrears",
                table: "edition_rows",
                column: "edition_id");

            migrationBuilder.CreateIndex(
                name: "IX_editions_year_quarter",
                schema: "wagearrears",
                table: "editions",
                columns: new[] { "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_objections_case_id",
                schema: "wagearrears",
                table: "objections",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_parties_case_id",
                schema: "wagearrears",
                table: "parties",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_parties_credit_code",
                schema: "wagearrears",
                table: "parties",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "IX_persons_party_id",
                schema: "wagearrears",
                table: "persons",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acknowledgements",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "edition_rows",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "objections",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "persons",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "editions",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "parties",
                schema: "wagearrears");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "wagearrears");
        }
    }
}
