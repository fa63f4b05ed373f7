using System.Net.Sockets;
using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DroneInspect.Delivery.Email;

/// <summary>Sends outbox e-mail over SMTP with MailKit, one connection per message; UTF-8 throughout, so zh-CN text arrives intact.</summary>
public sealed class SmtpEmailSender(SmtpOptions options) : IChannelSender
{
    /// <inheritdoc />
    public DeliveryChannel Channel => DeliveryChannel.Email;

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(message.Recipient, out var recipient))
        {
            return SendResult.Permanent("The recipient is not an e-mail address.");
        }
        using var mime = Compose(message, recipient);
        using var client = new SmtpClient { Timeout = (int)options.CommandTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, Socket(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
            var reply = await client.SendAsync(mime, cancellationToken);
            await QuitAsync(client);
            return SendResult.Accepted(string.IsNullOrWhiteSpace(reply) ? mime.MessageId : reply.Trim());
        }
        catch (SmtpCommandException ex)
        {
            var reason = $"SMTP {(int)ex.StatusCode} ({ex.ErrorCode}): {ex.Message}";
            return (int)ex.StatusCode >= 500 ? SendResult.Permanent(reason) : SendResult.Transient(reason);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException or AuthenticationException or SslHandshakeException)
        {
            return SendResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The MIME message: From the service desk, To the customer, Message-ID from the idempotency key, text (and HTML) body.</summary>
    internal MimeMessage Compose(OutboxMessage message, MailboxAddress recipient)
    {
        var mime = new MimeMessage
        {
            MessageId = EmailMessageIds.For(message.IdempotencyKey, options.MessageIdDomain),
            Subject = message.Subject ?? "",
            Date = message.EnqueuedAt,
        };
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(recipient);
        mime.Body = new BodyBuilder { TextBody = message.BodyText, HtmlBody = message.BodyHtml }.ToMessageBody();
        return mime;
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "No such SMTP security."),
    };

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
        {
            // The server has already accepted the message; a failed QUIT does not change that, and the socket is closed on dispose.
        }
    }
}
