package io.partnerportal.onboarding.kernel.customer.registrationid;

import java.time.Year;
import java.util.Set;

/** Which countries require a registration id, and which scheme each country's id follows. */
final class RegistrationIdSchemes {

    // The domain page's list: a registration id and a phone number are mandatory for customers here.
    static final Set<String> MANDATORY_COUNTRIES = Set.of(
            "AM", "AZ", "BY", "BR", "HU", "IN", "IQ", "KZ", "KG", "MD", "MM", "PL",
            "RU", "SA", "ZA", "SS", "TJ", "TH", "TR", "UA", "AE", "UZ", "VE", "VN");

    private RegistrationIdSchemes() {
    }

    /**
     * The scheme for a country (ISO alpha-2, upper case). Only the mandatory countries have their own
     * scheme; elsewhere the id is optional and only the generic check applies. Countries of the list
     * without a sourced format (IQ, KG, MM, SS, TJ) also use the generic check.
     */
    static RegistrationIdScheme forCountry(String country, Year thisYear) {
        return switch (country) {
            case "BR" -> new Cnpj();
            case "PL" -> new Nip();
            case "RU" -> new RussianInn();
            case "BY" -> new Unp();
            case "UA" -> new Edrpou();
            case "TR" -> new Vkn();
            case "IN" -> new IndianTaxId();
            case "ZA" -> new SouthAfricanCompanyNumber(thisYear);
            case "VN" -> new Mst();
            case "HU" -> new Adoszam();
            case "KZ" -> new KazakhBin();
            case "TH" -> new ThaiTaxId();
            case "SA" -> new SaudiTaxId();
            case "AE" -> new EmiratiTrn();
            case "AM" -> new ArmenianTin();
            case "AZ" -> new Voen();
            case "UZ" -> new UzbekInn();
            case "MD" -> new Idno();
            case "VE" -> new Rif();
            default -> new AnyRegistrationId();
        };
    }
}
