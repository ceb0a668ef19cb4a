using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Security;
using Zhili.Testing;

namespace Zhili.ArchitectureTests;

public sealed class EndpointAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_endpoint_and_page_has_a_policy_or_a_public_marker()
    {
        var app = await fixture.App(TestDatabase.Sqlite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        endpoints.Count.ShouldBeGreaterThan(10);
        EndpointAccess.Unmarked(endpoints).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_catches_a_new_endpoint_without_either()
    {
        RouteEndpoint Endpoint(string name, params object[] metadata) =>
            new(_ => Task.CompletedTask, RoutePatternFactory.Parse("/x"), 0, new EndpointMetadataCollection(metadata), name);

        var unmarked = EndpointAccess.Unmarked([
            Endpoint("public", new PublicEndpointAttribute()),
            Endpoint("admin", new AuthorizeAttribute(Policies.Administrator)),
            Endpoint("forgotten"),
        ]);

        unmarked.ShouldBe(["forgotten"]);
    }
}
