#pragma once
// hikari's error hierarchy: HTTP, rate limit, gateway and state errors.
// Everything derives from HikariError (errors_base.hpp), so `catch (const hikari::HikariError&)`
// catches all of them. Every message says what went wrong and what to do about it.

#include <hikari/core/errors_base.hpp>
#include <hikari/core/intents.hpp>
#include <hikari/core/snowflake.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hikari {

/// HTTP headers as (name, value) pairs, in the order they were received.
using HTTPHeaders = std::vector<std::pair<std::string, std::string>>;

/// Seconds with a fractional part, as Discord reports rate limit times.
using FractionalSeconds = std::chrono::duration<double>;

// ---------------------------------------------------------------------------------------------
// HTTP

/// Base of every failure talking to an HTTP endpoint (Discord's REST API, the CDN, webhooks).
class HTTPError : public HikariError {
  public:
    HTTPError(const std::string& message, const std::string& url);

    /// What went wrong, without the URL (for response errors: Discord's own message).
    [[nodiscard]] const std::string& message() const noexcept { return message_; }
    [[nodiscard]] const std::string& url() const noexcept { return url_; }

  protected:
    /// For subclasses that build a richer what() than "message (url)".
    HTTPError(std::string message, std::string url, const std::string& what);

  private:
    std::string message_;
    std::string url_;
};

/// One entry of the `errors` tree of a Discord error body, flattened.
struct HTTPFieldError {
    /// Dotted path to the offending field, e.g. "embeds.0.description"; empty for the body itself.
    std::string path;
    /// Discord's machine-readable code, e.g. "BASE_TYPE_MAX_LENGTH".
    std::string code;
    /// Discord's human-readable explanation.
    std::string message;

    friend bool operator==(const HTTPFieldError&, const HTTPFieldError&) = default;
};

/// Everything known about an HTTP error response; built by make_http_response_error().
struct HTTPResponseDetails {
    int status = 0;
    std::string url;
    /// Discord's JSON error code (e.g. 50035 "Invalid Form Body"); 0 when the body had none.
    int code = 0;
    /// Discord's message ("Unknown Channel"); empty when the body had none.
    std::string message;
    /// The response body exactly as received (JSON, HTML from a proxy, or nothing).
    std::string body;
    std::vector<HTTPFieldError> errors;
    /// The headers that help diagnose the failure (rate limit headers, Retry-After,
    /// Content-Type, CF-Ray, Via), with lower-case names. Never Authorization or cookies.
    HTTPHeaders headers;
};

/// The server answered with an unexpected status. Subclasses tell 4xx and 5xx cases apart.
class HTTPResponseError : public HTTPError {
  public:
    explicit HTTPResponseError(HTTPResponseDetails details);

    [[nodiscard]] int status() const noexcept { return details_.status; }
    [[nodiscard]] int code() const noexcept { return details_.code; }
    [[nodiscard]] const std::string& body() const noexcept { return details_.body; }
    [[nodiscard]] const std::vector<HTTPFieldError>& errors() const noexcept {
        return details_.errors;
    }
    [[nodiscard]] const HTTPHeaders& headers() const noexcept { return details_.headers; }
    /// Value of a kept header, looked up case-insensitively.
    [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const;
    [[nodiscard]] const HTTPResponseDetails& details() const noexcept { return details_; }

    /// Throws a copy of this error with its most-derived type, so that an error held through a
    /// base pointer (as make_http_response_error() returns it) is caught by the right handler.
    [[noreturn]] virtual void raise() const;

  private:
    HTTPResponseDetails details_;
};

/// A 4xx response: the request was wrong and retrying it unchanged will fail again.
class ClientHTTPResponseError : public HTTPResponseError {
  public:
    using HTTPResponseError::HTTPResponseError;
    [[noreturn]] void raise() const override;
};

/// 400: the body or query was rejected; errors() says which fields and why.
class BadRequestError : public ClientHTTPResponseError {
  public:
    using ClientHTTPResponseError::ClientHTTPResponseError;
    [[noreturn]] void raise() const override;
};

/// 401: the token is missing, malformed or revoked.
class UnauthorizedError : public ClientHTTPResponseError {
  public:
    using ClientHTTPResponseError::ClientHTTPResponseError;
    [[noreturn]] void raise() const override;
};

/// 403: the token is valid but lacks a permission or access to the resource.
class ForbiddenError : public ClientHTTPResponseError {
  public:
    using ClientHTTPResponseError::ClientHTTPResponseError;
    [[noreturn]] void raise() const override;
};

/// 404: the resource does not exist or is not visible to this bot.
class NotFoundError : public ClientHTTPResponseError {
  public:
    using ClientHTTPResponseError::ClientHTTPResponseError;
    [[noreturn]] void raise() const override;
};

/// A 5xx response: Discord (or a proxy in between) failed; retrying later may work.
class InternalServerError : public HTTPResponseError {
  public:
    using HTTPResponseError::HTTPResponseError;
    [[noreturn]] void raise() const override;
};

/// 429 that reached the user (normally the REST client waits and retries on its own).
class RateLimitedError : public ClientHTTPResponseError {
  public:
    explicit RateLimitedError(HTTPResponseDetails details);
    [[noreturn]] void raise() const override;

    /// How long to wait before retrying (from the body, else the Retry-After header).
    [[nodiscard]] FractionalSeconds retry_after() const noexcept { return retry_after_; }
    /// True when the whole bot (not one route) is rate limited.
    [[nodiscard]] bool is_global() const noexcept { return is_global_; }
    /// X-RateLimit-Scope: "user", "global" or "shared"; empty when absent.
    [[nodiscard]] const std::string& scope() const noexcept { return scope_; }

  private:
    FractionalSeconds retry_after_{0};
    bool is_global_ = false;
    std::string scope_;
};

/// Fields of RateLimitTooLongError.
struct RateLimitDetails {
    /// The route template, e.g. "POST /channels/{channel_id}/messages".
    std::string route;
    FractionalSeconds retry_after{0};
    FractionalSeconds max_retry_after{0};
    bool is_global = false;
    int limit = 0;
    int remaining = 0;
    FractionalSeconds reset_after{0};
};

/// A rate limit would make the request wait longer than the configured maximum
/// (max_rate_limit), so it was abandoned instead of blocking.
class RateLimitTooLongError : public HTTPError {
  public:
    RateLimitTooLongError(RateLimitDetails details, const std::string& url);

    [[nodiscard]] const std::string& route() const noexcept { return details_.route; }
    [[nodiscard]] FractionalSeconds retry_after() const noexcept { return details_.retry_after; }
    [[nodiscard]] FractionalSeconds max_retry_after() const noexcept {
        return details_.max_retry_after;
    }
    [[nodiscard]] bool is_global() const noexcept { return details_.is_global; }
    [[nodiscard]] int limit() const noexcept { return details_.limit; }
    [[nodiscard]] int remaining() const noexcept { return details_.remaining; }
    [[nodiscard]] FractionalSeconds reset_after() const noexcept { return details_.reset_after; }

  private:
    RateLimitDetails details_;
};

/// Builds the error matching `status` from a response: 400/401/403/404/429 and other 4xx,
/// 5xx, or the plain HTTPResponseError for anything else. The body is parsed as Discord's JSON
/// error object ({"code", "message", "errors"}); a body that is not JSON, or malformed, is kept
/// verbatim and the error still has the right type. Throws ValueError if `status` is not a
/// three-digit HTTP status.
[[nodiscard]] std::unique_ptr<HTTPResponseError> make_http_response_error(
    int status, std::string url, std::string_view body, const HTTPHeaders& headers = {});

/// make_http_response_error(...)->raise().
[[noreturn]] void throw_http_response_error(int status, std::string url, std::string_view body,
                                            const HTTPHeaders& headers = {});

// ---------------------------------------------------------------------------------------------
// Gateway

/// Base of every gateway (websocket) failure.
class GatewayError : public HikariError {
  public:
    explicit GatewayError(const std::string& reason);
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

  protected:
    GatewayError(std::string reason, const std::string& what);

  private:
    std::string reason_;
};

/// The gateway could not be reached (DNS, TCP, TLS or websocket handshake failed).
class GatewayConnectionError : public GatewayError {
  public:
    explicit GatewayConnectionError(const std::string& reason);
};

/// The gateway's TLS certificate could not be verified. Retrying cannot help, so a shard that
/// never connected stops at once: trust the issuer through HTTPSettings::ca_file (or the
/// shard's ca_file), or fix the host name.
class GatewayCertificateError : public GatewayConnectionError {
  public:
    explicit GatewayCertificateError(const std::string& reason);
};

/// An established gateway connection broke underneath us (reset, truncated frame, bad
/// compression stream). The shard reconnects on its own.
class GatewayTransportError : public GatewayError {
  public:
    explicit GatewayTransportError(const std::string& reason);
};

/// Discord closed the gateway connection with a close code.
class GatewayServerClosedConnectionError : public GatewayError {
  public:
    /// can_reconnect defaults to what Discord documents for `code`.
    GatewayServerClosedConnectionError(int code, const std::string& reason,
                                       std::optional<bool> can_reconnect = std::nullopt);

    [[nodiscard]] int code() const noexcept { return code_; }
    /// False when reconnecting cannot help (bad token, disallowed intents, ...).
    [[nodiscard]] bool can_reconnect() const noexcept { return can_reconnect_; }

    /// Documented name of a close code ("Authentication failed"), or "" if unknown.
    [[nodiscard]] static std::string_view close_code_name(int code) noexcept;
    /// What the user should do about a close code; empty for unknown codes.
    [[nodiscard]] static std::string_view close_code_hint(int code) noexcept;
    /// Whether Discord documents that reconnecting after `code` may succeed.
    [[nodiscard]] static bool close_code_allows_reconnect(int code) noexcept;

  private:
    int code_;
    bool can_reconnect_;
};

// ---------------------------------------------------------------------------------------------
// State and entities

/// A component was used in the wrong state (started twice, used after close, ...).
class ComponentStateConflictError : public HikariError {
  public:
    explicit ComponentStateConflictError(std::string reason);
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

  private:
    std::string reason_;
};

/// An operation needs gateway intents the bot did not declare.
class MissingIntentError : public ValueError {
  public:
    explicit MissingIntentError(Intents missing);

    /// The intents that are missing.
    [[nodiscard]] Intents intents() const noexcept { return intents_; }
    /// Their names, "GUILD_MEMBERS | GUILD_PRESENCES".
    [[nodiscard]] std::string names() const { return intents_.to_string(); }

  private:
    Intents intents_;
};

/// Joining or leaving a voice channel failed: already connected, not connected, no answer
/// from the gateway in time, or no voice server available.
class VoiceError : public HikariError {
  public:
    using HikariError::HikariError;
};

/// A bulk delete stopped part-way: some messages were deleted, others were not.
class BulkDeleteError : public HikariError {
  public:
    BulkDeleteError(std::vector<Snowflake> deleted, std::vector<Snowflake> not_deleted);

    [[nodiscard]] const std::vector<Snowflake>& deleted() const noexcept { return deleted_; }
    [[nodiscard]] const std::vector<Snowflake>& not_deleted() const noexcept {
        return not_deleted_;
    }
    /// Share of the messages that were deleted, from 0 to 100.
    [[nodiscard]] double percentage_completion() const noexcept;

  private:
    std::vector<Snowflake> deleted_;
    std::vector<Snowflake> not_deleted_;
};

/// Discord sent an entity of a type this version of hikari does not know (a new channel type,
/// component type, ...). Usually means hikari-cpp needs updating.
class UnrecognisedEntityError : public HikariError {
  public:
    explicit UnrecognisedEntityError(std::string reason);
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

  private:
    std::string reason_;
};

}  // namespace hikari
