<%-- The portrait's body below the page title (the site's page calls content.jsp). Every text is the editor's plain
     text, escaped here; sections are paragraphs and lists (PortraitPageModel). When the review servlet forwards a
     regional contact here (request attribute swkReview), its scripts add the banner and a feedback form after each
     section, and the PDF comes through the review link. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkPortrait" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PortraitPageModel" />
<c:set var="swkInReview" value="${not empty requestScope.swkReview}" />
<c:if test="${empty requestScope.swkPortraitAssets}">
    <c:set var="swkPortraitAssets" value="${true}" scope="request" />
    <link rel="stylesheet" href="${sling:encode(slingRequest.contextPath,'HTML_ATTR')}/static/samenwerking-portraits/portraits.css" />
</c:if>
<c:if test="${swkPortrait.portrait}">
<article class="swk-portrait" data-swk-portrait>
    <c:if test="${swkInReview}"><sling:call script="review-banner.jsp" /></c:if>
    <dl class="swk-portrait__facts">
        <c:if test="${not empty swkPortrait.regions}">
            <dt class="swk-portrait__fact-label"><fmt:message key="${fn:length(swkPortrait.regions) == 1 ? 'Region' : 'Regions'}" /></dt>
            <dd class="swk-portrait__fact" data-swk-portrait-regions><c:forEach var="region" items="${swkPortrait.regions}" varStatus="s"><sling:encode value="${region.label}" mode="HTML" /><c:if test="${!s.last}">, </c:if></c:forEach></dd>
        </c:if>
        <c:if test="${not empty swkPortrait.publicationDate}">
            <dt class="swk-portrait__fact-label"><fmt:message key="Publication date" /></dt>
            <dd class="swk-portrait__fact"><time datetime="${sling:encode(swkPortrait.publicationDateIso,'HTML_ATTR')}"><sling:encode value="${swkPortrait.publicationDate}" mode="HTML" /></time></dd>
        </c:if>
        <c:if test="${not empty swkPortrait.authors}">
            <dt class="swk-portrait__fact-label"><fmt:message key="${fn:length(swkPortrait.authors) == 1 ? 'Author' : 'Authors'}" /></dt>
            <dd class="swk-portrait__fact" data-swk-portrait-authors><c:forEach var="author" items="${swkPortrait.authors}" varStatus="s"><sling:encode value="${author}" mode="HTML" /><c:if test="${!s.last}">, </c:if></c:forEach></dd>
        </c:if>
    </dl>

    <section class="swk-portrait__section swk-portrait__section--summary" aria-labelledby="swk-portrait-summary">
        <h2 class="swk-portrait__heading" id="swk-portrait-summary"><fmt:message key="Summary" /></h2>
        <c:set var="swkBlocks" value="${swkPortrait.summary}" scope="request" /><sling:call script="portrait-blocks.jsp" />
    </section>
    <c:if test="${swkInReview}"><c:set var="swkSection" value="summary" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>

    <c:set var="swkPdfUrl" value="${swkInReview ? requestScope.swkReview.pdfUrl : swkPortrait.pdf.url}" />
    <c:if test="${not empty swkPdfUrl}">
        <p class="swk-portrait__download">
            <a class="swk-portrait__download-link" href="${sling:encode(swkPdfUrl,'HTML_ATTR')}" type="application/pdf" data-swk-portrait-download><fmt:message key="Download the regional portrait" /><c:if test="${not empty swkPortrait.pdf.label}"> <span class="swk-portrait__download-size">(<sling:encode value="${swkPortrait.pdf.label}" mode="HTML" />)</span></c:if></a>
        </p>
        <c:if test="${swkInReview}"><c:set var="swkSection" value="pdf" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>
    </c:if>

    <c:if test="${not empty swkPortrait.typologyTags or not empty swkPortrait.typology}">
        <section class="swk-portrait__section swk-portrait__section--typology" aria-labelledby="swk-portrait-typology">
            <h2 class="swk-portrait__heading" id="swk-portrait-typology"><fmt:message key="Typology" /></h2>
            <c:if test="${not empty swkPortrait.typologyTags}">
                <ul class="swk-portrait__tags" data-swk-portrait-tags>
                    <c:forEach var="tag" items="${swkPortrait.typologyTags}">
                        <fmt:message key="${tag.detail}" var="swkDimension" /><fmt:message key="${tag.label}" var="swkTag" />
                        <li class="swk-portrait__tag" data-swk-tag="${sling:encode(tag.value,'HTML_ATTR')}"><span class="swk-portrait__tag-dimension"><sling:encode value="${swkDimension}" mode="HTML" />:</span> <sling:encode value="${swkTag}" mode="HTML" /></li>
                    </c:forEach>
                </ul>
            </c:if>
            <c:set var="swkBlocks" value="${swkPortrait.typology}" scope="request" /><sling:call script="portrait-blocks.jsp" />
        </section>
        <c:if test="${swkInReview}"><c:set var="swkSection" value="typology" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>
    </c:if>

    <c:if test="${not empty swkPortrait.strengths}">
        <section class="swk-portrait__section swk-portrait__section--strengths" aria-labelledby="swk-portrait-strengths">
            <h2 class="swk-portrait__heading" id="swk-portrait-strengths"><fmt:message key="Strengths" /></h2>
            <c:set var="swkBlocks" value="${swkPortrait.strengths}" scope="request" /><sling:call script="portrait-blocks.jsp" />
        </section>
        <c:if test="${swkInReview}"><c:set var="swkSection" value="strengths" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>
    </c:if>

    <c:if test="${not empty swkPortrait.weaknesses}">
        <section class="swk-portrait__section swk-portrait__section--weaknesses" aria-labelledby="swk-portrait-weaknesses">
            <h2 class="swk-portrait__heading" id="swk-portrait-weaknesses"><fmt:message key="Weaknesses" /></h2>
            <c:set var="swkBlocks" value="${swkPortrait.weaknesses}" scope="request" /><sling:call script="portrait-blocks.jsp" />
        </section>
        <c:if test="${swkInReview}"><c:set var="swkSection" value="weaknesses" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>
    </c:if>

    <c:if test="${not empty swkPortrait.recommendations}">
        <section class="swk-portrait__section swk-portrait__section--recommendations" aria-labelledby="swk-portrait-recommendations">
            <h2 class="swk-portrait__heading" id="swk-portrait-recommendations"><fmt:message key="Recommendations" /></h2>
            <c:set var="swkBlocks" value="${swkPortrait.recommendations}" scope="request" /><sling:call script="portrait-blocks.jsp" />
        </section>
        <c:if test="${swkInReview}"><c:set var="swkSection" value="recommendations" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>
    </c:if>

    <c:set var="swkPractices" value="${swkPortrait.goodPractices}" />
    <c:if test="${not empty swkPractices}">
        <section class="swk-portrait__section swk-portrait__section--good-practices" aria-labelledby="swk-portrait-good-practices">
            <h2 class="swk-portrait__heading" id="swk-portrait-good-practices"><fmt:message key="Good practices" /></h2>
            <ul class="swk-portrait__practices" data-swk-portrait-practices>
                <c:forEach var="practice" items="${swkPractices}">
                    <li class="swk-portrait__practice" data-swk-initiative="${sling:encode(practice.value,'HTML_ATTR')}">
                        <c:choose>
                            <c:when test="${not empty practice.url}"><a class="swk-portrait__practice-link" href="${sling:encode(practice.url,'HTML_ATTR')}"><sling:encode value="${practice.label}" mode="HTML" /></a></c:when>
                            <c:otherwise><sling:encode value="${practice.label}" mode="HTML" /></c:otherwise>
                        </c:choose>
                        <c:if test="${not empty practice.detail}"><span class="swk-portrait__practice-town">(<sling:encode value="${practice.detail}" mode="HTML" />)</span></c:if>
                    </li>
                </c:forEach>
            </ul>
        </section>
        <c:if test="${swkInReview}"><c:set var="swkSection" value="good-practices" scope="request" /><sling:call script="review-feedback.jsp" /></c:if>
    </c:if>

    <c:set var="swkRegionMap" value="${swkPortrait.regionMap}" />
    <c:if test="${not empty swkRegionMap}">
        <div class="swk-portrait__map" data-swk-portrait-map>
            <%-- part of the portrait, not a component of its own: no editor bar --%>
            <c:set var="swkEditWas" value="${requestScope.cmsEditEnabled}" />
            <c:set var="cmsEditEnabled" value="false" scope="request" />
            <sling:include resource="${swkRegionMap}" />
            <c:set var="cmsEditEnabled" value="${swkEditWas}" scope="request" />
        </div>
    </c:if>

    <c:set var="swkRelated" value="${swkPortrait.related}" />
    <c:if test="${not empty swkRelated}">
        <aside class="swk-portrait__related" aria-labelledby="swk-portrait-related">
            <h2 class="swk-portrait__heading" id="swk-portrait-related"><fmt:message key="Read also" /></h2>
            <ul class="swk-portrait__related-items" data-swk-portrait-related>
                <c:forEach var="page" items="${swkRelated}">
                    <li class="swk-portrait__related-item">
                        <a href="${sling:encode(page.url,'HTML_ATTR')}"><sling:encode value="${page.label}" mode="HTML" /></a>
                        <c:if test="${not empty page.date}"><time class="swk-portrait__related-date" datetime="${sling:encode(page.dateIso,'HTML_ATTR')}"><sling:encode value="${page.date}" mode="HTML" /></time></c:if>
                    </li>
                </c:forEach>
            </ul>
        </aside>
    </c:if>
</article>
</c:if>
