using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Postgres.Gazette
{
    /// <inheritdoc />
    public partial class GazetteRawText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "raw_text",
                schema: "gazette",
                table: "documents",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "raw_text",
                schema: "gazette",
                table: "documents");
        }
    }
}
