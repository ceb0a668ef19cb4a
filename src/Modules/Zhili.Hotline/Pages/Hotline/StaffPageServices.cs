namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The staff pages' helpers: the history as sentences, category names, the unit picker's choices, the action plan.</summary>
public static class StaffPageServices
{
    public static IServiceCollection AddStaffPages(this IServiceCollection services) => services
        .AddScoped<AppealHistory>()
        .AddScoped<CategoryNames>()
        .AddScoped<UnitChoices>()
        .AddScoped<AppealActions>();
}
