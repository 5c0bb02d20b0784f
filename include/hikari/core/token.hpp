#pragma once
// The bot's secret. Every way of printing a Token shows a redacted form, so that logs,
// exception messages and test failures never leak it; only reveal() and authorization()
// hand out the secret, and the names make that obvious at the call site.

#include <hikari/core/errors_base.hpp>

#include <fmt/core.h>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace hikari {

enum class TokenType {
    bot,     // "Authorization: Bot <token>"
    bearer,  // "Authorization: Bearer <token>", an OAuth2 access token
};

class Token {
  public:
    /// Reads "Bot <secret>", "Bearer <secret>" (prefixes case-insensitive) or a bare
    /// secret, which is taken as a bot token. Throws ValueError for an empty secret or one
    /// holding whitespace, control or non-ASCII characters (a pasted newline, say);
    /// the message never includes the text.
    explicit Token(std::string_view text);
    /// A bot token, with or without its "Bot " prefix.
    static Token bot(std::string_view secret);
    /// An OAuth2 bearer token, with or without its "Bearer " prefix.
    static Token bearer(std::string_view secret);

    Token(const Token&) = default;
    Token(Token&&) noexcept = default;
    Token& operator=(const Token&) = default;
    Token& operator=(Token&&) noexcept = default;
    /// Overwrites the secret before its memory is released.
    ~Token();

    [[nodiscard]] TokenType type() const noexcept { return type_; }
    /// The secret itself. Never log it.
    [[nodiscard]] const std::string& reveal() const noexcept { return secret_; }
    /// The Authorization header value: "Bot <secret>" or "Bearer <secret>".
    [[nodiscard]] std::string authorization() const;
    /// "<redacted bot token>" or "<redacted bearer token>".
    [[nodiscard]] std::string to_string() const;

    /// Compares in time independent of where the secrets differ.
    friend bool operator==(const Token& a, const Token& b) noexcept;

  private:
    Token(TokenType type, std::string_view secret);

    TokenType type_;
    std::string secret_;
};

std::ostream& operator<<(std::ostream& out, const Token& token);

/// The token in environment variable `var`; nullopt when it is unset or empty.
/// Throws ValueError naming the variable (not its value) when it holds no valid token.
std::optional<Token> env_token(const char* var = "DISCORD_TOKEN");

/// `text` with every occurrence of the token's secret replaced by "***", for scrubbing
/// text that may echo it back (an HTTP trace, a URL, an error body).
std::string redact(std::string text, const Token& token);

}  // namespace hikari

/// fmt::format("{}", token) and spdlog print the redacted form too.
template <>
struct fmt::formatter<hikari::Token> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const hikari::Token& token, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(token.to_string(), ctx);
    }
};
