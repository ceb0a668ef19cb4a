using System.Net;
using System.Net.Sockets;

namespace Zhili.Identity.SignIn;

/// <summary>
/// The source address that failed sign-ins and invalid partner keys are counted by: the client's address as the host
/// sees it (behind trusted proxies, from X-Forwarded-For). An IPv6 client counts by its /64 network, because one
/// machine usually holds a whole /64 and could otherwise take a fresh address for every attempt.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
