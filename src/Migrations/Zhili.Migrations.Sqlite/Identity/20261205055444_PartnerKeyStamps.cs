using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Identity
{
    /// <inheritdoc />
    public partial class PartnerKeyStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_fresh_stamps",
                columns: table => new
                {
                    data_set = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_fresh_stamps", x => x.data_set);
                });

            migrationBuilder.InsertData(
                table: "identity_fresh_stamps",
                columns: new[] { "data_set", "version" },
                values: new object[] { "identity.partner-keys", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_fresh_stamps");
        }
    }
}
