using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true),
                    request_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    seq = table.Column<long>(type: "INTEGER", nullable: true),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_actor",
                table: "audit_records",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_at",
                table: "audit_records",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_entity_entity_id",
                table: "audit_records",
                columns: new[] { "entity", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_seq",
                table: "audit_records",
                column: "seq",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}
