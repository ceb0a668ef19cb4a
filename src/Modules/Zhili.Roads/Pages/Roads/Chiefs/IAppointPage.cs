namespace Zhili.Roads.Pages.Roads.Chiefs;

/// <summary>A page with the appointment form (<c>_HolderFields</c>).</summary>
public interface IAppointPage
{
    AppointForm Input { get; }
}
