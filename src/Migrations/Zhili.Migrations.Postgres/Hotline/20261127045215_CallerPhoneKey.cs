using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class CallerPhoneKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_caller_phone_received_at",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.AddColumn<string>(
                name: "caller_phone_key",
                schema: "hotline",
                table: "appeals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Appeals received before the key existed get it here, so duplicate suggestions find them by phone too.
            migrationBuilder.Sql("UPDATE hotline.appeals SET caller_phone_key = replace(caller_phone, '-', '');");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_caller_phone_key_received_at",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "caller_phone_key", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_caller_phone_key_received_at",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "caller_phone_key",
                schema: "hotline",
                table: "appeals");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_caller_phone_received_at",
                schema: "hotline",
                table: "appeals",
                columns: new[] { "caller_phone", "received_at" });
        }
    }
}
