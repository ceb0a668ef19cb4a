using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class CallerPhoneKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_caller_phone_received_at",
                table: "hotline_appeals");

            migrationBuilder.AddColumn<string>(
                name: "caller_phone_key",
                table: "hotline_appeals",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // Appeals received before the key existed get it here, so duplicate suggestions find them by phone too.
            migrationBuilder.Sql("UPDATE hotline_appeals SET caller_phone_key = replace(caller_phone, '-', '');");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_caller_phone_key_received_at",
                table: "hotline_appeals",
                columns: new[] { "caller_phone_key", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_hotline_appeals_caller_phone_key_received_at",
                table: "hotline_appeals");

            migrationBuilder.DropColumn(
                name: "caller_phone_key",
                table: "hotline_appeals");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_appeals_caller_phone_received_at",
                table: "hotline_appeals",
                columns: new[] { "caller_phone", "received_at" });
        }
    }
}
