using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Gazette
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gazette_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    series = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    serial = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    issuers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recipients = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    attachments = table.Column<string>(type: "TEXT", nullable: false),
                    first_line = table.Column<int>(type: "INTEGER", nullable: false),
                    last_line = table.Column<int>(type: "INTEGER", nullable: false),
                    issue = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    words = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazette_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gazette_imports",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    source_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    documents_added = table.Column<int>(type: "INTEGER", nullable: false),
                    unparsed_lines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazette_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gazette_blocks",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    marker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    first_line = table.Column<int>(type: "INTEGER", nullable: false),
                    last_line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazette_blocks", x => x.id);
                    table.ForeignKey(
                        name: "FK_gazette_blocks_gazette_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "gazette_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gazette_coal_mines",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    nature = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    capacity_wan_tonnes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazette_coal_mines", x => x.id);
                    table.ForeignKey(
                        name: "FK_gazette_coal_mines_gazette_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "gazette_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gazette_commendations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    list_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazette_commendations", x => x.id);
                    table.ForeignKey(
                        name: "FK_gazette_commendations_gazette_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "gazette_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gazette_group_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    group_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    post = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazette_group_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_gazette_group_members_gazette_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "gazette_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gazette_blocks_document_id_order",
                table: "gazette_blocks",
                columns: new[] { "document_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gazette_coal_mines_document_id_seq",
                table: "gazette_coal_mines",
                columns: new[] { "document_id", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gazette_commendations_document_id_order",
                table: "gazette_commendations",
                columns: new[] { "document_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gazette_documents_date",
                table: "gazette_documents",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_gazette_documents_number",
                table: "gazette_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gazette_group_members_document_id_order",
                table: "gazette_group_members",
                columns: new[] { "document_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gazette_imports_source_hash",
                table: "gazette_imports",
                column: "source_hash",
                unique: true);

            // Search: FTS5 over the jieba-segmented words column, kept in step by triggers (STACK-NOTES 7).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE gazette_documents_fts USING fts5(words, content='gazette_documents', content_rowid='id');");
            migrationBuilder.Sql("CREATE TRIGGER gazette_documents_fts_ai AFTER INSERT ON gazette_documents BEGIN "
                + "INSERT INTO gazette_documents_fts(rowid, words) VALUES (new.id, new.words); END;");
            migrationBuilder.Sql("CREATE TRIGGER gazette_documents_fts_ad AFTER DELETE ON gazette_documents BEGIN "
                + "INSERT INTO gazette_documents_fts(gazette_documents_fts, rowid, words) VALUES ('delete', old.id, old.words); END;");
            migrationBuilder.Sql("CREATE TRIGGER gazette_documents_fts_au AFTER UPDATE ON gazette_documents BEGIN "
                + "INSERT INTO gazette_documents_fts(gazette_documents_fts, rowid, words) VALUES ('delete', old.id, old.words); "
                + "INSERT INTO gazette_documents_fts(rowid, words) VALUES (new.id, new.words); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS gazette_documents_fts_ai;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS gazette_documents_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS gazette_documents_fts_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS gazette_documents_fts;");

            migrationBuilder.DropTable(
                name: "gazette_blocks");

            migrationBuilder.DropTable(
                name: "gazette_coal_mines");

            migrationBuilder.DropTable(
                name: "gazette_commendations");

            migrationBuilder.DropTable(
                name: "gazette_group_members");

            migrationBuilder.DropTable(
                name: "gazette_imports");

            migrationBuilder.DropTable(
                name: "gazette_documents");
        }
    }
}
