package atlas.plugins.internal;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;

import atlas.core.validation.Wording;

/**
 * p2's question during an install - "these files are signed by someone not trusted yet, or not
 * signed at all: go on?" - answered with what the administrator confirmed before the install
 * began: the signers they were shown, and unsigned files only after their second confirmation.
 * Anything else (another signer than shown, a PGP key) is refused, and p2 then installs nothing.
 * Trust is never kept beyond this install.
 */
final class ConfirmedTrust extends UIServices {

    private final List<String> confirmedSigners;
    private final boolean unsignedConfirmed;
    private volatile String refusal;

    ConfirmedTrust(List<String> confirmedSigners, boolean unsignedConfirmed) {
        this.confirmedSigners = List.copyOf(confirmedSigners);
        this.unsignedConfirmed = unsignedConfirmed;
    }

    /** Why p2 was told not to go on, if it was. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedKeys,
            String[] unsignedDetail) {
        List<Certificate> trusted = new ArrayList<>();
        if (untrustedChains != null) {
            for (Certificate[] chain : untrustedChains) {
                String signer = Signers.subject(chain[0]);
                if (confirmedSigners.contains(signer)) {
                    trusted.add(chain[0]);
                } else {
                    refusal = Wording.of("plugin.trust.otherSigner", signer);
                }
            }
        }
        if (untrustedKeys != null && !untrustedKeys.isEmpty()) {
            refusal = Wording.of("plugin.trust.otherSigner", "PGP");
        }
        boolean unsigned = unsignedDetail != null && unsignedDetail.length > 0;
        if (unsigned && !unsignedConfirmed) {
            refusal = Wording.of("plugin.trust.unsigned");
        }
        return new TrustInfo(trusted, List.of(), false, unsignedConfirmed);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return AUTHENTICATION_PROMPT_CANCELED; // plugins come from a folder or zip: nothing asks for a password
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return AUTHENTICATION_PROMPT_CANCELED;
    }

    @Override
    public void showInformationMessage(String title, String text, String linkText) {
        // p2's notes (e.g. "restart needed") are said by Atlas itself, in the user's language
    }
}
