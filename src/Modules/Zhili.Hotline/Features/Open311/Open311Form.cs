namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// A POST's form as GeoReport v2 sends it (application/x-www-form-urlencoded; multipart is read too). A body that is
/// not a form, or does not parse, is a 400 and one over the size limits a 413 — told before the key is judged, since
/// a key in an unreadable form cannot be found (the framework caches the read, so every caller sees the same failure).
/// </summary>
public static class Open311Form
{
    public static async Task<(IFormCollection? Form, Open311Result? Error)> ReadAsync(HttpRequest request, Open311Format format, CancellationToken ct)
    {
        if (request.ContentType is null && (request.ContentLength ?? 0) == 0)
        {
            // No body at all is an empty form, not an unreadable one: the missing key is what the client is told.
            return (FormCollection.Empty, null);
        }

        if (!request.HasFormContentType)
        {
            return (null, Open311Errors.BadRequest(format, "请以 application/x-www-form-urlencoded 表单提交 (the request must be form-encoded)"));
        }

        try
        {
            return (await request.ReadFormAsync(ct), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Open311Errors.TooLarge(format));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The form reader's limits (value length, value count, key length, multipart body) all say "… limit … exceeded".
            return (null, Open311Errors.TooLarge(format));
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            return (null, Open311Errors.BadRequest(format, "表单无法读取：格式不正确或内容不完整 (the form could not be read)"));
        }
    }
}
