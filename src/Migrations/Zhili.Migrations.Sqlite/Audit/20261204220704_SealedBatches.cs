using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class SealedBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_records_seq",
                table: "audit_records");

            migrationBuilder.AddColumn<string>(
                name: "key_id",
                table: "audit_records",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mac",
                table: "audit_records",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scope_unit",
                table: "audit_records",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_seals",
                columns: table => new
                {
                    batch = table.Column<long>(type: "INTEGER", nullable: false),
                    first_id = table.Column<long>(type: "INTEGER", nullable: false),
                    last_xid = table.Column<long>(type: "INTEGER", nullable: false),
                    last_id = table.Column<long>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    sealed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_seals", x => x.batch);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_seals");

            migrationBuilder.DropColumn(
                name: "key_id",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "mac",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "scope_unit",
                table: "audit_records");

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_seq",
                table: "audit_records",
                column: "seq",
                unique: true);
        }
    }
}
