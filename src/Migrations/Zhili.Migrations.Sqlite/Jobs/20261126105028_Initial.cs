using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhili.Migrations.Sqlite.Jobs
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "jobs_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    job = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    firing = table.Column<DateTime>(type: "TEXT", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_runs_claimed_at",
                table: "jobs_runs",
                column: "claimed_at");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_runs_job_period",
                table: "jobs_runs",
                columns: new[] { "job", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs_runs");
        }
    }
}
