using DigestBot.Citations;

namespace DigestBot.Tests.Citations;

/// <summary>
/// Twenty real records of the recorded sources and their BibTeX and APA, each written by hand from the record itself
/// (title, authors, dates, DOI, journal reference and categories as the recording has them). They cover journal
/// references in the common forms (split into journal, volume, number, pages and the journal's year) and in others
/// (kept whole as a note), the compact SPIRES form ("ActaAstron.56:1-50,2006"), DOI-only and id-less records, a
/// year-only date, repeated authors, name particles, inner capitals and a blog post without authors.
/// </summary>
public sealed class CitationTableTests
{
    public static TheoryData<string, string, string> Table() => new()
    {
        {
            "2202.12139",
            """
            @misc{ahuja2022testing,
              title = {Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques},
              author = {Ahuja, Mohit Kumar and Gotlieb, Arnaud and Spieker, Helge},
              year = {2022},
              note = {Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)},
              doi = {10.1109/icstw55395.2022.00035},
              eprint = {2202.12139},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/2202.12139}
            }
            """,
            "Ahuja, M. K., Gotlieb, A., & Spieker, H. (2022). Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques. Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW). https://doi.org/10.1109/icstw55395.2022.00035"
        },
        {
            "2405.13786",
            """
            @misc{ramirez2024explainable,
              title = {Towards Explainable Test Case Prioritisation with {Learning-to-Rank} Models},
              author = {Ramírez, Aurora and Berrios, Mario and Romero, José Raúl and Feldt, Robert},
              year = {2024},
              note = {Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69},
              doi = {10.1109/icstw58534.2023.00023},
              eprint = {2405.13786},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/2405.13786}
            }
            """,
            "Ramírez, A., Berrios, M., Romero, J. R., & Feldt, R. (2024). Towards Explainable Test Case Prioritisation with Learning-to-Rank Models. Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69. https://doi.org/10.1109/icstw58534.2023.00023"
        },
        {
            "2005.14124",
            """
            @misc{chen2020active,
              title = {Active Fuzzing for Testing and Securing {Cyber-Physical} Systems},
              author = {Chen, Yuqi and Xuan, Bohan and Poskitt, Christopher M. and Sun, Jun and Zhang, Fan},
              year = {2020},
              note = {In Proc. ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020), pages 14-26. ACM, 2020},
              doi = {10.1145/3395363.3397376},
              eprint = {2005.14124},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/2005.14124}
            }
            """,
            "Chen, Y., Xuan, B., Poskitt, C. M., Sun, J., & Zhang, F. (2020). Active Fuzzing for Testing and Securing Cyber-Physical Systems. In Proc. ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020), pages 14-26. ACM, 2020. https://doi.org/10.1145/3395363.3397376"
        },
        {
            "2204.08348",
            """
            @misc{kim2022automated,
              title = {Automated Test Generation for {REST} {APIs}: No Time to Rest Yet},
              author = {Kim, Myeongsoo and Xin, Qi and Sinha, Saurabh and Orso, Alessandro},
              year = {2022},
              note = {InProceedings of the 31st ACM SIGSOFT International Symposium on Software Testing and Analysis 2022 Jul 18 (pp. 289-301)},
              doi = {10.1145/3533767.3534401},
              eprint = {2204.08348},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/2204.08348}
            }
            """,
            "Kim, M., Xin, Q., Sinha, S., & Orso, A. (2022). Automated Test Generation for REST APIs: No Time to Rest Yet. InProceedings of the 31st ACM SIGSOFT International Symposium on Software Testing and Analysis 2022 Jul 18 (pp. 289-301). https://doi.org/10.1145/3533767.3534401"
        },
        {
            "2302.03287",
            """
            @misc{jalil2023chatgpt,
              title = {{ChatGPT} and Software Testing Education: Promises \& Perils},
              author = {Jalil, Sajed and Rafi, Suzzana and LaToza, Thomas D. and Moran, Kevin and Lam, Wing},
              year = {2023},
              note = {2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)},
              doi = {10.1109/icstw58534.2023.00078},
              eprint = {2302.03287},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/2302.03287}
            }
            """,
            "Jalil, S., Rafi, S., LaToza, T. D., Moran, K., & Lam, W. (2023). ChatGPT and Software Testing Education: Promises & Perils. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW). https://doi.org/10.1109/icstw58534.2023.00078"
        },
        {
            "1202.4527",
            """
            @article{isabella2012study,
              title = {Study Paper on Test Case generation for {GUI} Based Testing},
              author = {Isabella, A. and Retna, Emi},
              year = {2012},
              journal = {International Journal of Software Engineering \& Applications (IJSEA)},
              volume = {3},
              number = {1},
              eprint = {1202.4527},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/1202.4527}
            }
            """,
            "Isabella, A., & Retna, E. (2012). Study Paper on Test Case generation for GUI Based Testing. International Journal of Software Engineering & Applications (IJSEA), 3(1). https://doi.org/10.48550/arXiv.1202.4527"
        },
        {
            "2503.05378",
            """
            @misc{kertusha2025survey,
              title = {A Survey on Web Testing: On the Rise of {AI} and Applications in Industry},
              author = {Kertusha, Iva and Assress, Gebremariem and Duman, Onur and Arcuri, Andrea},
              year = {2025},
              eprint = {2503.05378},
              archivePrefix = {arXiv},
              primaryClass = {cs.SE},
              url = {https://arxiv.org/abs/2503.05378}
            }
            """,
            "Kertusha, I., Assress, G., Duman, O., & Arcuri, A. (2025). A Survey on Web Testing: On the Rise of AI and Applications in Industry. arXiv. https://doi.org/10.48550/arXiv.2503.05378"
        },
        {
            "1205.1866",
            """
            @misc{singh2012microcontroller,
              title = {Microcontroller Based Testing of Digital {IP-Core}},
              author = {Singh, Amandeep and Singh, Balwinder},
              year = {2012},
              doi = {10.5121/vlsic.2012.3205},
              eprint = {1205.1866},
              archivePrefix = {arXiv},
              primaryClass = {cs.AR},
              url = {https://arxiv.org/abs/1205.1866}
            }
            """,
            "Singh, A., & Singh, B. (2012). Microcontroller Based Testing of Digital IP-Core. arXiv. https://doi.org/10.48550/arXiv.1205.1866"
        },
        {
            "1201.4869",
            """
            @article{delmaestro2012luttinger,
              title = {A Luttinger Liquid Core Inside Helium-4 Filled Nanopores},
              author = {Del Maestro, Adrian},
              year = {2012},
              journal = {Int. J. Mod. Phys. B},
              volume = {26},
              pages = {1244002},
              doi = {10.1142/s021797921244002x},
              eprint = {1201.4869},
              archivePrefix = {arXiv},
              primaryClass = {cond-mat.mes-hall},
              url = {https://arxiv.org/abs/1201.4869}
            }
            """,
            "Del Maestro, A. (2012). A Luttinger Liquid Core Inside Helium-4 Filled Nanopores. Int. J. Mod. Phys. B, 26, 1244002. https://doi.org/10.1142/s021797921244002x"
        },
        {
            "cond-mat/0412498",
            """
            @article{delmaestro2004thermal,
              title = {Thermal melting of density waves on the square lattice},
              author = {Del Maestro, Adrian and Sachdev, Subir},
              year = {2005},
              journal = {Physical Review B},
              volume = {71},
              pages = {184511},
              doi = {10.1103/physrevb.71.184511},
              eprint = {cond-mat/0412498},
              archivePrefix = {arXiv},
              primaryClass = {cond-mat.str-el},
              url = {https://arxiv.org/abs/cond-mat/0412498}
            }
            """,
            "Del Maestro, A., & Sachdev, S. (2005). Thermal melting of density waves on the square lattice. Physical Review B, 71, 184511. https://doi.org/10.1103/physrevb.71.184511"
        },
        {
            "1005.5383",
            """
            @article{delmaestro2010interacting,
              title = {Interacting bosons in one dimension and Luttinger liquid theory},
              author = {Del Maestro, Adrian and Affleck, Ian},
              year = {2010},
              journal = {Physical Review B},
              volume = {82},
              pages = {060515(R)},
              doi = {10.1103/physrevb.82.060515},
              eprint = {1005.5383},
              archivePrefix = {arXiv},
              primaryClass = {cond-mat.stat-mech},
              url = {https://arxiv.org/abs/1005.5383}
            }
            """,
            "Del Maestro, A., & Affleck, I. (2010). Interacting bosons in one dimension and Luttinger liquid theory. Physical Review B, 82, 060515(R). https://doi.org/10.1103/physrevb.82.060515"
        },
        {
            "0807.2873",
            """
            @article{delmaestro2008theory,
              title = {Theory of the pairbreaking superconductor-metal transition in nanowires},
              author = {Del Maestro, Adrian and Rosenow, Bernd and Sachdev, Subir},
              year = {2009},
              journal = {Annals of Physics},
              volume = {324},
              pages = {523},
              doi = {10.1016/j.aop.2008.08.003},
              eprint = {0807.2873},
              archivePrefix = {arXiv},
              primaryClass = {cond-mat.supr-con},
              url = {https://arxiv.org/abs/0807.2873}
            }
            """,
            "Del Maestro, A., Rosenow, B., & Sachdev, S. (2009). Theory of the pairbreaking superconductor-metal transition in nanowires. Annals of Physics, 324, 523. https://doi.org/10.1016/j.aop.2008.08.003"
        },
        {
            "cond-mat/0702661",
            """
            @article{delmaestro2007low,
              title = {Low temperature specific heat and possible gap to magnetic excitations in the Heisenberg pyrochlore antiferromagnet {Gd2Sn207}},
              author = {Del Maestro, Adrian and Gingras, Michel J. P.},
              year = {2007},
              journal = {Phys. Rev. B},
              volume = {76},
              pages = {064418},
              doi = {10.1103/physrevb.76.064418},
              eprint = {cond-mat/0702661},
              archivePrefix = {arXiv},
              primaryClass = {cond-mat.mtrl-sci},
              url = {https://arxiv.org/abs/cond-mat/0702661}
            }
            """,
            "Del Maestro, A., & Gingras, M. J. P. (2007). Low temperature specific heat and possible gap to magnetic excitations in the Heisenberg pyrochlore antiferromagnet Gd2Sn207. Phys. Rev. B, 76, 064418. https://doi.org/10.1103/physrevb.76.064418"
        },
        {
            "astro-ph/0601001",
            """
            @article{gould2006frequency,
              title = {Frequency of Hot Jupiters and Very Hot Jupiters from the {OGLE-III} Transit Surveys Toward the Galactic Bulge and Carina},
              author = {Gould, Andrew and Dorsher, Susan and Gaudi, B. Scott and Udalski, Andrzej},
              year = {2006},
              journal = {Acta Astron.},
              volume = {56},
              pages = {1--50},
              eprint = {astro-ph/0601001},
              archivePrefix = {arXiv},
              primaryClass = {astro-ph},
              url = {https://arxiv.org/abs/astro-ph/0601001}
            }
            """,
            "Gould, A., Dorsher, S., Gaudi, B. S., & Udalski, A. (2006). Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina. Acta Astron., 56, 1–50. https://doi.org/10.48550/arXiv.astro-ph/0601001"
        },
        {
            "1706.03762",
            """
            @misc{vaswani2017attention,
              title = {Attention is All you Need},
              author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion and Gomez, Aidan N. and Kaiser, Lukasz and Polosukhin, I.},
              year = {2017},
              eprint = {1706.03762},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/1706.03762}
            }
            """,
            "Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, L., & Polosukhin, I. (2017). Attention is All you Need. arXiv. https://doi.org/10.48550/arXiv.1706.03762"
        },
        {
            "doi:10.1111/j.1540-6261.1997.tb04820.x",
            """
            @misc{shleifer1996survey,
              title = {A Survey of Corporate Governance},
              author = {Shleifer, A. and Vishny, Robert W.},
              year = {1996},
              doi = {10.1111/j.1540-6261.1997.tb04820.x},
              url = {https://doi.org/10.1111/j.1540-6261.1997.tb04820.x}
            }
            """,
            "Shleifer, A., & Vishny, R. W. (1996). A Survey of Corporate Governance. https://doi.org/10.1111/j.1540-6261.1997.tb04820.x"
        },
        {
            "src:semantic-scholar:" + "ea9d2a2b4ce11aaf85136840c65f3bc9c03ab649",
            """
            @misc{glorot2010understanding,
              title = {Understanding the difficulty of training deep feedforward neural networks},
              author = {Glorot, Xavier and Bengio, Yoshua},
              year = {2010}
            }
            """,
            "Glorot, X., & Bengio, Y. (2010). Understanding the difficulty of training deep feedforward neural networks."
        },
        {
            "doi:10.18653/v1/2021.naacl-srw.7",
            """
            @misc{mcdonald2021syntax,
              title = {{Syntax-Based} Attention Masking for Neural Machine Translation},
              author = {McDonald, Colin and Chiang, David},
              year = {2021},
              doi = {10.18653/v1/2021.naacl-srw.7},
              url = {https://doi.org/10.18653/v1/2021.naacl-srw.7}
            }
            """,
            "McDonald, C., & Chiang, D. (2021). Syntax-Based Attention Masking for Neural Machine Translation. https://doi.org/10.18653/v1/2021.naacl-srw.7"
        },
        {
            "doi:10.7717/peerj.4375",
            """
            @article{piwowar2018state,
              title = {The state of {OA}: a large-scale analysis of the prevalence and impact of Open Access articles},
              author = {Piwowar, Heather and Priem, Jason and Larivière, Vincent and Alperín, Juan Pablo and Matthias, Lisa and Norlander, Bree and Farley, Ashley and West, Jevin D. and Haustein, Stefanie},
              year = {2018},
              journal = {PeerJ},
              volume = {6},
              pages = {e4375},
              doi = {10.7717/peerj.4375},
              url = {https://doi.org/10.7717/peerj.4375}
            }
            """,
            "Piwowar, H., Priem, J., Larivière, V., Alperín, J. P., Matthias, L., Norlander, B., Farley, A., West, J. D., & Haustein, S. (2018). The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles. PeerJ, 6, e4375. https://doi.org/10.7717/peerj.4375"
        },
        {
            "http://bair.berkeley.edu/blog/2026/04/20/grasp/",
            """
            @misc{anon2026gradient,
              title = {Gradient-based Planning for World Models at Longer Horizons},
              year = {2026},
              url = {http://bair.berkeley.edu/blog/2026/04/20/grasp/}
            }
            """,
            "Gradient-based Planning for World Models at Longer Horizons. (2026). http://bair.berkeley.edu/blog/2026/04/20/grasp/"
        },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_real_record_cites_as_written_by_hand(string key, string bibtex, string apa)
    {
        var paper = RealRecords.Get(key.StartsWith("src:semantic-scholar:", StringComparison.Ordinal)
            ? DigestBot.Papers.PaperId.FromSource("semantic-scholar", key["src:semantic-scholar:".Length..]).Key
            : key);

        Assert.Equal(bibtex.ReplaceLineEndings("\n"), BibTex.Format(paper));
        Assert.Equal(apa, Apa.Format(paper));
    }

    [Fact]
    public void The_table_has_twenty_records()
    {
        Assert.Equal(20, Table().Count);
    }
}
