namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The hotline's front door for citizens (反映诉求, 查询进度): public, it reads no appeal.</summary>
[PublicEndpoint]
public sealed class CitizensModel : PageModel
{
}
