using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.Audit
{
    /// <inheritdoc />
    public partial class SealedBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_records_seq",
                schema: "audit",
                table: "records");

            migrationBuilder.AddColumn<string>(
                name: "key_id",
                schema: "audit",
                table: "records",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mac",
                schema: "audit",
                table: "records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scope_unit",
                schema: "audit",
                table: "records",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "writer_xid",
                schema: "audit",
                table: "records",
                type: "bigint",
                nullable: false,
                defaultValueSql: "(pg_current_xact_id()::text::bigint)");

            migrationBuilder.CreateTable(
                name: "seals",
                schema: "audit",
                columns: table => new
                {
                    batch = table.Column<long>(type: "bigint", nullable: false),
                    first_id = table.Column<long>(type: "bigint", nullable: false),
                    last_xid = table.Column<long>(type: "bigint", nullable: false),
                    last_id = table.Column<long>(type: "bigint", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    key_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sealed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seals", x => x.batch);
                });

            migrationBuilder.CreateIndex(
                name: "IX_records_writer_xid_id",
                schema: "audit",
                table: "records",
                columns: new[] { "writer_xid", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "seals",
                schema: "audit");

            migrationBuilder.DropIndex(
                name: "IX_records_writer_xid_id",
                schema: "audit",
                table: "records");

            migrationBuilder.DropColumn(
                name: "key_id",
                schema: "audit",
                table: "records");

            migrationBuilder.DropColumn(
                name: "mac",
                schema: "audit",
                table: "records");

            migrationBuilder.DropColumn(
                name: "scope_unit",
                schema: "audit",
                table: "records");

            migrationBuilder.DropColumn(
                name: "writer_xid",
                schema: "audit",
                table: "records");

            migrationBuilder.CreateIndex(
                name: "IX_records_seq",
                schema: "audit",
                table: "records",
                column: "seq",
                unique: true);
        }
    }
}
