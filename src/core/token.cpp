#include <hikari/core/token.hpp>

#include <cstdlib>
#include <ostream>

namespace hikari {

namespace {

constexpr std::string_view bot_prefix = "Bot ";
constexpr std::string_view bearer_prefix = "Bearer ";

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = text[i];
        char b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
        if (a != b) return false;
    }
    return true;
}

std::string_view strip(std::string_view text, std::string_view prefix) {
    if (starts_with_ignoring_case(text, prefix)) text.remove_prefix(prefix.size());
    return text;
}

// The messages below must never quote the secret: they end up in logs.
void validate(std::string_view secret) {
    if (secret.empty()) throw ValueError("token is empty");
    for (char c : secret) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7F) {
            throw ValueError(
                "token contains whitespace, a control character or a non-ASCII byte "
                "(a stray newline or space from copying it?)");
        }
    }
}

}  // namespace

Token::Token(TokenType type, std::string_view secret) : type_(type), secret_(secret) {
    validate(secret_);
}

Token::Token(std::string_view text)
    : Token(starts_with_ignoring_case(text, bearer_prefix) ? bearer(text) : bot(text)) {}

Token Token::bot(std::string_view secret) {
    return Token{TokenType::bot, strip(secret, bot_prefix)};
}

Token Token::bearer(std::string_view secret) {
    return Token{TokenType::bearer, strip(secret, bearer_prefix)};
}

Token::~Token() {
    // volatile keeps the compiler from dropping stores to memory about to be freed.
    volatile char* p = secret_.data();
    for (std::size_t i = 0; i < secret_.size(); ++i) p[i] = '\0';
}

std::string Token::authorization() const {
    std::string out{type_ == TokenType::bot ? bot_prefix : bearer_prefix};
    out += secret_;
    return out;
}

std::string Token::to_string() const {
    return type_ == TokenType::bot ? "<redacted bot token>" : "<redacted bearer token>";
}

bool operator==(const Token& a, const Token& b) noexcept {
    if (a.type_ != b.type_ || a.secret_.size() != b.secret_.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.secret_.size(); ++i) {
        diff |= static_cast<unsigned char>(a.secret_[i] ^ b.secret_[i]);
    }
    return diff == 0;
}

std::ostream& operator<<(std::ostream& out, const Token& token) {
    return out << token.to_string();
}

std::optional<Token> env_token(const char* var) {
    if (var == nullptr) throw ValueError("env_token: the variable name is null");
    const char* value = std::getenv(var);  // NOLINT(concurrency-mt-unsafe): read at start-up
    if (value == nullptr || *value == '\0') return std::nullopt;
    try {
        return Token{value};
    } catch (const ValueError& e) {
        throw ValueError(std::string("environment variable ") + var +
                         " does not hold a valid token: " + e.what());
    }
}

std::string redact(std::string text, const Token& token) {
    const std::string& secret = token.reveal();
    constexpr std::string_view mask = "***";
    for (auto pos = text.find(secret); pos != std::string::npos;
         pos = text.find(secret, pos + mask.size())) {
        text.replace(pos, secret.size(), mask);
    }
    return text;
}

}  // namespace hikari
