using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhili.Migrations.Postgres.Gazette
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "gazette");

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "gazette",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    series = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    serial = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    issuers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recipients = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    attachments = table.Column<string>(type: "text", nullable: false),
                    first_line = table.Column<int>(type: "integer", nullable: false),
                    last_line = table.Column<int>(type: "integer", nullable: false),
                    issue = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    words = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "imports",
                schema: "gazette",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    documents_added = table.Column<int>(type: "integer", nullable: false),
                    unparsed_lines = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "blocks",
                schema: "gazette",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    marker = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    first_line = table.Column<int>(type: "integer", nullable: false),
                    last_line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blocks", x => x.id);
                    table.ForeignKey(
                        name: "FK_blocks_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "gazette",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coal_mines",
                schema: "gazette",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    address = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    capacity_wan_tonnes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coal_mines", x => x.id);
                    table.ForeignKey(
                        name: "FK_coal_mines_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "gazette",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commendations",
                schema: "gazette",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    list_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commendations", x => x.id);
                    table.ForeignKey(
                        name: "FK_commendations_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "gazette",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_members",
                schema: "gazette",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    group_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    post = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_group_members_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "gazette",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_blocks_document_id_order",
                schema: "gazette",
                table: "blocks",
                columns: new[] { "document_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_coal_mines_document_id_seq",
                schema: "gazette",
                table: "coal_mines",
                columns: new[] { "document_id", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_commendations_document_id_order",
                schema: "gazette",
                table: "commendations",
                columns: new[] { "document_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_date",
                schema: "gazette",
                table: "documents",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_documents_number",
                schema: "gazette",
                table: "documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_group_members_document_id_order",
                schema: "gazette",
                table: "group_members",
                columns: new[] { "document_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_imports_source_hash",
                schema: "gazette",
                table: "imports",
                column: "source_hash",
                unique: true);

            // Search: no Chinese parser in PostgreSQL; the words column is segmented by the app (STACK-NOTES 7).
            migrationBuilder.Sql("CREATE INDEX ix_documents_words_fts ON gazette.documents USING gin (to_tsvector('simple', words));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS gazette.ix_documents_words_fts;");

            migrationBuilder.DropTable(
                name: "blocks",
                schema: "gazette");

            migrationBuilder.DropTable(
                name: "coal_mines",
                schema: "gazette");

            migrationBuilder.DropTable(
                name: "commendations",
                schema: "gazette");

            migrationBuilder.DropTable(
                name: "group_members",
                schema: "gazette");

            migrationBuilder.DropTable(
                name: "imports",
                schema: "gazette");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "gazette");
        }
    }
}
