using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.Identity
{
    /// <inheritdoc />
    public partial class PartnerKeyStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fresh_stamps",
                schema: "identity",
                columns: table => new
                {
                    data_set = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fresh_stamps", x => x.data_set);
                });

            migrationBuilder.InsertData(
                schema: "identity",
                table: "fresh_stamps",
                columns: new[] { "data_set", "version" },
                values: new object[] { "identity.partner-keys", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fresh_stamps",
                schema: "identity");
        }
    }
}
